"""Cairo fixtures (python3-cairo): what a partner's own Python or GTK program writes. Cairo records in the PDF the
exact characters it was given, so the typographic ones that word processors and templating engines produce reach
the analysis as they are: no-break and narrow no-break spaces, the non-breaking hyphen U+2011, zero-width spaces,
soft hyphens. Text is drawn in DejaVu Sans, which Cairo embeds as a subset.

Usage: python3 cairo-letters.py OUTPUT_DIRECTORY
"""
import os
import sys

import cairo

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
FONT = "DejaVu Sans"


def address(ctx, lines):
    """The lines in the envelope window: 105 mm from the left, from 50 mm from the top, 12 pt apart."""
    ctx.set_font_size(10)
    y = 50 * MM
    for line in lines:
        ctx.move_to(105 * MM, y)
        ctx.show_text(line)
        y += 12


def body(ctx, text):
    ctx.set_font_size(11)
    ctx.move_to(25 * MM, 120 * MM)
    ctx.show_text(text)


def tiny_marker(ctx, marker):
    """The business reference in a 1.5 pt font in the right margin: real text, too small to be read on paper."""
    ctx.set_font_size(1.5)
    ctx.move_to(200 * MM, 150 * MM)
    ctx.show_text(marker)


def new_file(path, title):
    surface = cairo.PDFSurface(path, *A4)
    surface.set_metadata(cairo.PDFMetadata.TITLE, title)
    ctx = cairo.Context(surface)
    ctx.select_font_face(FONT, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_NORMAL)
    return surface, ctx


def three_letters(path):
    surface, ctx = new_file(path, "Trois courriers")
    letters = [
        # the marker's hyphen is the non-breaking hyphen U+2011, the address spaces no-break ones
        ("REF\u2011IMPRIMFIP:CAF-2024-0001", 1,
         ["MADAME\u00a0CLAIRE MARTIN", "8\u00a0AVENUE DE LA GARE", "69002\u00a0LYON"]),
        # a zero-width space after the colon and a soft hyphen inside the reference; narrow no-break spaces
        ("REF-IMPRIMFIP:\u200bCAF-2024-\u00ad0002", 2,
         ["MONSIEUR PAUL\u2010HENRI ROUSSEL", "APPARTEMENT\u202f12", "5 QUAI DES CHARTRONS", "33000\u202fBORDEAUX"]),
        # a figure dash U+2012 and an en dash U+2013 in the reference; a tab between postcode and town
        ("REF-IMPRIMFIP:CAF\u20122024\u20130003", 1,
         ["MADAME LA DIRECTRICE", "ECOLE JULES FERRY", "2 RUE NATIONALE", "59000\tLILLE"]),
    ]
    for marker, pages, lines in letters:
        for page in range(1, pages + 1):
            if page == 1:
                address(ctx, lines)
            body(ctx, "Madame, Monsieur, votre courrier, page %d." % page)
            tiny_marker(ctx, marker)
            ctx.show_page()
    surface.finish()


def mono_letter(path):
    """One letter without any reference, a thin space U+2009 and a word joiner U+2060 in its address."""
    surface, ctx = new_file(path, "Un courrier")
    address(ctx, ["MONSIEUR ET MADAME\u2009BERNARD", "LIEU\u2060DIT LE MOULIN", "21000 DIJON"])
    body(ctx, "Madame, Monsieur, nous avons bien reçu votre déclaration.")
    ctx.show_page()
    body(ctx, "Veuillez agréer nos salutations distinguées.")
    ctx.show_page()
    surface.finish()


def annex(path):
    """A notice printed after every letter: no address, no reference."""
    surface, ctx = new_file(path, "Notice")
    ctx.set_font_size(14)
    ctx.move_to(25 * MM, 30 * MM)
    ctx.show_text("Barème des frais de recouvrement\u00a0: notice")
    body(ctx, "Les frais s\u2019ajoutent au montant dû \u2013 voir l\u2019article 1912 du code général des impôts.")
    ctx.show_page()
    surface.finish()


if __name__ == "__main__":
    out = sys.argv[1]
    three_letters(os.path.join(out, "cairo-three-letters.pdf"))
    mono_letter(os.path.join(out, "cairo-mono-letter.pdf"))
    annex(os.path.join(out, "cairo-annex.pdf"))
