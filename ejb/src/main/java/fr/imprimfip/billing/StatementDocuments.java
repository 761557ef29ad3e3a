package fr.imprimfip.billing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.imprimfip.partner.Partner;

/**
 * A statement as the documents finance staff send: a PDF for the partner, and a CSV for the accounts (semicolons,
 * decimal commas, UTF-8 with a byte order mark, as French spreadsheets read it).
 */
public final class StatementDocuments {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));
    private static final Font TITLE = font(15, Font.BOLD);
    private static final Font BOLD = font(9, Font.BOLD);
    private static final Font TEXT = font(9, Font.NORMAL);
    private static final String[] COLUMNS = {"Mois", "Type d'envoi", "Plis", "Affranchissement / pli",
        "Production / pli", "Affranchissement", "Production", "Total"};

    private StatementDocuments() {
    }

    public static byte[] csv(Statement statement) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("partenaire;annee;mois;type_envoi;plis;affranchissement_par_pli;production_par_pli;"
                + "montant_affranchissement;montant_production;montant_total\r\n");
        String partner = statement.partner().clientId();
        for (StatementLine line : statement.lines()) {
            csv.append(partner).append(';').append(statement.year()).append(';').append(line.month()).append(';')
                    .append(line.sendingType()).append(';').append(line.plis()).append(';')
                    .append(decimal(line.postagePerPli())).append(';').append(decimal(line.productionPerPli()))
                    .append(';').append(decimal(line.postageAmount())).append(';')
                    .append(decimal(line.productionAmount())).append(';').append(decimal(line.total())).append("\r\n");
        }
        csv.append(partner).append(';').append(statement.year()).append(";TOTAL;;").append(statement.plis())
                .append(";;;").append(decimal(statement.postageAmount())).append(';')
                .append(decimal(statement.productionAmount())).append(';').append(decimal(statement.totalAmount()))
                .append("\r\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf(Statement statement) {
        Partner partner = statement.partner();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Relevé " + statement.year() + " — " + partner.name());
        document.open();
        document.add(new Paragraph("Imprim'FIP — relevé annuel " + statement.year(), TITLE));
        document.add(new Paragraph(partner.name() + " (SIRET " + partner.siret() + ", " + partner.clientId() + ")",
                TEXT));
        document.add(new Paragraph((statement.issued() ? "Émis le " + DAY.format(statement.issuedAt())
                : "PROJET — calculé le " + DAY.format(statement.computedAt()) + ", non émis")
                + ". Plis déposés en production, ni supprimés ni en erreur ; montants arrondis au centime par ligne.",
                TEXT));
        PdfPTable table = new PdfPTable(new float[] {2, 1.5f, 1, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        for (String column : COLUMNS) {
            table.addCell(cell(column, BOLD, Element.ALIGN_CENTER));
        }
        table.setHeaderRows(1);
        for (StatementLine line : statement.lines()) {
            table.addCell(cell(Month.of(line.month()).getDisplayName(TextStyle.FULL, FRENCH), TEXT,
                    Element.ALIGN_LEFT));
            table.addCell(cell(line.sendingType().label(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.plis()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.postagePerPli()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.productionPerPli()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.postageAmount()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.productionAmount()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.total()), TEXT, Element.ALIGN_RIGHT));
        }
        table.addCell(cell("Total", BOLD, Element.ALIGN_LEFT));
        table.addCell(cell("", BOLD, Element.ALIGN_LEFT));
        table.addCell(cell(String.valueOf(statement.plis()), BOLD, Element.ALIGN_RIGHT));
        table.addCell(cell("", BOLD, Element.ALIGN_LEFT));
        table.addCell(cell("", BOLD, Element.ALIGN_LEFT));
        table.addCell(cell(euros(statement.postageAmount()), BOLD, Element.ALIGN_RIGHT));
        table.addCell(cell(euros(statement.productionAmount()), BOLD, Element.ALIGN_RIGHT));
        table.addCell(cell(euros(statement.totalAmount()), BOLD, Element.ALIGN_RIGHT));
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static String decimal(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    private static String euros(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(FRENCH));
        return format.format(amount) + " €";
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
