"""ReportLab fixtures (python3-reportlab): what reporting programs of the administrations write. The address comes
from a CSV export read as it was saved, its byte order mark U+FEFF still in front of the first field, and the
business reference is visible in the letter's header, typed with a non-breaking hyphen and a fullwidth hyphen.
DejaVu Sans is embedded as a subset.

Usage: python3 reportlab-letters.py OUTPUT_DIRECTORY
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
HEIGHT = A4[1]


def address(page, lines):
    """The lines in the envelope window: 105 mm from the left, from 50 mm from the top, 12 pt apart."""
    text = page.beginText(105 * mm, HEIGHT - 50 * mm)
    text.setFont(FONT, 10)
    text.setLeading(12)
    for line in lines:
        text.textLine(line)
    page.drawText(text)


def two_letters(path):
    page = canvas.Canvas(path, pagesize=A4, invariant=1, initialFontName=FONT)
    page.setTitle("Deux courriers")
    letters = [
        ("REF\u2011IMPRIMFIP:DDFIP\uff0d67\uff0d2024\uff0d11", 2,
         ["\ufeffMONSIEUR LE DIRECTEUR", "SERVICE DES IMPOTS DES ENTREPRISES", "4 PLACE DE LA REPUBLIQUE",
          "67000 STRASBOURG"]),
        ("REF\u2011IMPRIMFIP:DDFIP\uff0d67\uff0d2024\uff0d12", 1,
         ["\ufeffMADAME JULIE SCHMITT", "12\u00a0RUE DU VIEUX\u2011MARCHE\u2011AUX\u2011POISSONS",
          "67000 STRASBOURG"]),
    ]
    for marker, pages, lines in letters:
        for number in range(1, pages + 1):
            page.setFont(FONT, 8)
            page.drawString(25 * mm, HEIGHT - 15 * mm, "Vos r\u00e9f\u00e9rences\u00a0: " + marker)
            if number == 1:
                address(page, lines)
            page.setFont(FONT, 11)
            page.drawString(25 * mm, HEIGHT - 120 * mm,
                            "Madame, Monsieur, le \ufb01chier de votre d\u00e9claration, page %d." % number)
            page.showPage()
    page.save()


if __name__ == "__main__":
    two_letters(os.path.join(sys.argv[1], "reportlab-two-letters.pdf"))
