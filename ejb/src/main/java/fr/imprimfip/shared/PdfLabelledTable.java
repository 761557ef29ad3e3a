package fr.imprimfip.shared;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The platform's PDF documents' Helvetica fonts and their tables of labelled values (OpenPDF). */
public final class PdfLabelledTable {

    public static final Font LABEL = font(9, Font.BOLD);
    public static final Font TEXT = font(9, Font.NORMAL);

    private PdfLabelledTable() {
    }

    /** Helvetica (not embedded, CP1252: French text) of {@code size} and {@code style}. */
    public static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    /** A full-width table of labels and values, the values {@code valueWidth} times as wide as the labels. */
    public static PdfPTable of(float valueWidth) {
        PdfPTable table = new PdfPTable(new float[] {1, valueWidth});
        table.setWidthPercentage(100);
        return table;
    }

    /** Adds the row {@code label}: {@code value}. */
    public static void row(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Paragraph(label, LABEL));
        name.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(name);
        table.addCell(new PdfPCell(new Paragraph(value, TEXT)));
    }
}
