package fr.imprimfip.lre.proof;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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

import fr.imprimfip.registered.RecipientType;

/**
 * The one page of a proof, before it is signed: what the platform attests, then the facts, each time in Paris time
 * followed by its UTC instant, which is what the platform recorded.
 */
final class ProofLayout {

    private static final DateTimeFormatter PARIS = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Font TITLE = font(FontFactory.HELVETICA, 15, Font.BOLD);
    private static final Font SUBTITLE = font(FontFactory.HELVETICA, 11, Font.NORMAL);
    private static final Font LABEL = font(FontFactory.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = font(FontFactory.HELVETICA, 9, Font.NORMAL);
    private static final Font DIGEST = font(FontFactory.COURIER, 8, Font.NORMAL);

    private ProofLayout() {
    }

    /** The unsigned proof as a one-page PDF, issued at {@code issuedAt}. */
    static byte[] pdf(ProofFacts facts, Instant issuedAt) {
        ProofFacts.Letter letter = facts.letter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(facts.kind().title() + " " + letter.lreId());
        document.addSubject("Lettre recommandée électronique");
        document.addCreator("Imprim'FIP");
        document.open();
        document.add(new Paragraph(facts.kind().title(), TITLE));
        document.add(new Paragraph("Lettre recommandée électronique", SUBTITLE));
        Paragraph attestation = new Paragraph("La plateforme Imprim'FIP " + facts.kind().attestation(), TEXT);
        attestation.setSpacingBefore(12);
        attestation.setSpacingAfter(12);
        document.add(attestation);
        PdfPTable table = new PdfPTable(new float[] {1, 2.5f});
        table.setWidthPercentage(100);
        row(table, facts.kind().eventLabel(), when(facts.eventAt()), TEXT);
        row(table, "Identifiant de la lettre", letter.lreId(), TEXT);
        row(table, "Empreinte SHA-256 de la lettre", letter.sha256(), DIGEST);
        row(table, "Référence technique du dépôt", letter.depositRef(), TEXT);
        row(table, "Référence de l'expéditeur", letter.businessRef(), TEXT);
        row(table, "Position dans le fichier déposé", String.valueOf(letter.position()), TEXT);
        row(table, "Expéditeur", facts.sender().partnerName() + "\nSIRET " + facts.sender().siret()
                + "\nIdentifiant client " + facts.sender().clientId(), TEXT);
        row(table, "Destinataire", facts.recipient().displayName() + "\n"
                + (facts.recipient().type() == RecipientType.PROFESSIONNEL ? "Professionnel" : "Particulier") + "\n"
                + facts.recipient().email(), TEXT);
        row(table, "Déposée le", when(facts.depositedAt()), TEXT);
        row(table, "Notifiée le", facts.notifiedAt() == null ? "aucune notification remise au destinataire"
                : when(facts.notifiedAt()), TEXT);
        row(table, "Date limite d'acceptation", facts.deadline() == null
                ? "aucune, faute de notification remise" : when(facts.deadline()), TEXT);
        row(table, "Prestataire", facts.provider(), TEXT);
        document.add(table);
        Paragraph issued = new Paragraph("Document émis le " + when(issuedAt) + " et signé électroniquement par la"
                + " plateforme Imprim'FIP (signature PAdES) : toute modification du document invalide sa"
                + " signature. L'empreinte SHA-256 identifie le document PDF reçu par le destinataire.", TEXT);
        issued.setSpacingBefore(12);
        document.add(issued);
        document.close();
        return out.toByteArray();
    }

    /** A time as the proof shows it: Paris time, then the UTC instant. */
    static String when(Instant instant) {
        return PARIS.format(instant) + " (heure de Paris), soit " + instant + " en temps universel";
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell name = new PdfPCell(new Paragraph(label, LABEL));
        name.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(name);
        table.addCell(new PdfPCell(new Paragraph(value, font)));
    }

    private static Font font(String name, float size, int style) {
        return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
