package fr.imprimfip.incident;

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

/**
 * One stage of a breach notice as the PDF sent to the partner: every item annex clause 10.1.2 asks for, what is still
 * to come in a later stage, and the 48-hour deadline.
 */
public final class BreachNoticePdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final String TO_COME = "À compléter dans une prochaine étape de la notification (clause 10.1.3).";
    private static final Font TITLE = font(16, Font.BOLD);
    private static final Font LABEL = font(9, Font.BOLD);
    private static final Font TEXT = font(9, Font.NORMAL);

    private BreachNoticePdf() {
    }

    /** The PDF of {@code notice}, addressed to {@code partnerName} ({@code clientId}). */
    public static byte[] render(BreachNotice notice, String partnerName, String clientId) {
        SecurityIncident incident = notice.incident();
        BreachNoticeText text = notice.text();
        BreachScope scope = notice.scope();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Notification de violation de données personnelles " + incident.reference());
        document.open();
        document.add(new Paragraph("Notification d'une violation de données à caractère personnel", TITLE));
        document.add(new Paragraph("Imprim'FIP, sous-traitant, à " + partnerName + " (" + clientId + "), responsable"
                + " de traitement. Annexe de protection des données, clause 10.1. Incident " + incident.reference()
                + ", étape " + notice.stage() + (text.finalStage() ? " (dernière étape)" : " (d'autres suivront)")
                + ", établie le " + WHEN.format(notice.writtenAt()) + ".", TEXT));
        document.add(new Paragraph(" ", TEXT));

        PdfPTable table = new PdfPTable(new float[] {1, 2.6f});
        table.setWidthPercentage(100);
        row(table, "Violation constatée le", when(incident.detectedAt()));
        row(table, "Délai de notification", "48 heures après sa constatation, soit avant le "
                + when(incident.breachNotificationDue().orElse(incident.detectedAt())));
        row(table, "Nature de la violation", text.nature());
        row(table, "Période concernée", "du " + when(scope.from()) + " au " + when(scope.to()));
        row(table, "Catégories de personnes concernées", text.peopleCategories());
        row(table, "Nombre approximatif de personnes concernées", scope.recipients() + " destinataires distincts"
                + " (références métier des plis)");
        row(table, "Catégories d'enregistrements concernés", text.recordCategories());
        row(table, "Nombre approximatif d'enregistrements concernés", scope.letters() + " plis dans " + scope.files()
                + " fichiers déposés");
        row(table, "Délégué à la protection des données ou point de contact", notice.contactPoint());
        row(table, "Conséquences probables", text.consequences() == null ? TO_COME : text.consequences());
        row(table, "Mesures prises ou proposées", text.measures() == null ? TO_COME : text.measures());
        document.add(table);
        document.add(new Paragraph(" ", TEXT));
        document.add(new Paragraph("Sur votre demande, la liste des plis et des destinataires concernés vous est"
                + " remise pour votre communication aux personnes concernées (clause 10.2).", TEXT));
        document.close();
        return out.toByteArray();
    }

    private static String when(Instant at) {
        return WHEN.format(at) + " (heure de Paris)";
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
