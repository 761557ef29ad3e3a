package fr.imprimfip.registered;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The proof of deposit the platform issues for a registered letter handed to La Poste, from its hand-over record:
 * its registered number, the hand-over date and deposit slip, the sender (return address) and the recipient, the
 * partner's reference and the file's internal reference. What the platform does not know (a number not given, the
 * addresses not kept or already destroyed) is said so, never left blank.
 *
 * @param registeredNumber the letter's registered number, or null
 * @param addresses the letter's addresses, or null when they are not kept
 */
public record ProofOfDeposit(String registeredNumber, Instant handedOverAt, String depositSlip, String sendingType,
                             RegisteredAddresses addresses, String partnerName, String businessRef,
                             String internalRef, int position, Instant issuedAt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Font TITLE = font(15, Font.BOLD);
    private static final Font LABEL = font(9, Font.BOLD);
    private static final Font TEXT = font(9, Font.NORMAL);
    private static final String UNKNOWN_NUMBER = "non attribué par la plateforme";
    private static final String NO_ADDRESS = "adresse non conservée par la plateforme";

    public ProofOfDeposit {
        Objects.requireNonNull(handedOverAt);
        Objects.requireNonNull(internalRef);
        Objects.requireNonNull(issuedAt);
    }

    /** The proof as a one-page PDF. */
    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Preuve de dépôt " + (registeredNumber == null ? internalRef : registeredNumber));
        document.addCreator("Imprim'FIP");
        document.open();
        document.add(new Paragraph("Preuve de dépôt d'un envoi recommandé", TITLE));
        Paragraph intro = new Paragraph("La plateforme Imprim'FIP atteste que le pli décrit ci-dessous a été remis"
                + " à La Poste par son centre éditique, d'après l'enregistrement de sa remise.", TEXT);
        intro.setSpacingAfter(12);
        document.add(intro);
        PdfPTable table = new PdfPTable(new float[] {1, 2});
        table.setWidthPercentage(100);
        row(table, "Numéro de recommandé", registeredNumber == null ? UNKNOWN_NUMBER : registeredNumber);
        row(table, "Remis à La Poste le", WHEN.format(handedOverAt));
        row(table, "Bordereau de dépôt", depositSlip == null ? "non communiqué" : depositSlip);
        row(table, "Type d'envoi", sendingType);
        row(table, "Expéditeur (adresse de retour)", addresses == null ? NO_ADDRESS
                : lines(addresses.returnAddress()));
        row(table, "Destinataire", addresses == null ? NO_ADDRESS : lines(addresses.recipient()));
        row(table, "Partenaire", partnerName);
        row(table, "Référence du partenaire", businessRef);
        row(table, "Référence interne du dossier", internalRef + ", position " + position);
        document.add(table);
        Paragraph issued = new Paragraph("Document émis le " + WHEN.format(issuedAt) + ".", TEXT);
        issued.setSpacingBefore(12);
        document.add(issued);
        document.close();
        return out.toByteArray();
    }

    private static String lines(PostalAddress address) {
        return address == null ? NO_ADDRESS : String.join("\n", address.printedLines());
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Paragraph(label, LABEL));
        name.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(name);
        table.addCell(new PdfPCell(new Paragraph(value, TEXT)));
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
