#!/bin/sh
# Regenerates the producer fixtures from their sources. The PDFs are committed: the build never runs this.
# Debian 12: apt-get install ghostscript fonts-urw-base35 python3-cairo python3-reportlab fonts-dejavu-core
set -eu
cd "$(dirname "$0")"

for name in ghostscript-isolatin1 ghostscript-standard; do
    # letter-common.ps first: -dSAFER forbids a PostScript program to read another file itself
    cat letter-common.ps "$name.ps" | gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -dPDFSETTINGS=/prepress \
        -dEmbedAllFonts=true -sOutputFile="$name.pdf" -
done
/usr/bin/python3 cairo-letters.py .
/usr/bin/python3 reportlab-letters.py .

echo "Ghostscript $(gs --version), cairo $(/usr/bin/python3 -c 'import cairo; print(cairo.cairo_version_string())')," \
    "ReportLab $(/usr/bin/python3 -c 'import reportlab; print(reportlab.Version)')"
