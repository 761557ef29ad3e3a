package fr.imprimfip.partner;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

import fr.imprimfip.partner.ProcessingRegister.ControllerEntry;
import fr.imprimfip.partner.ProcessingRegister.Processing;
import fr.imprimfip.partner.ProcessingRegister.Register;

/** The register of processing activities as a PDF document, for the CNIL or a controller who asks for it. */
public final class ProcessingRegisterPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Font TITLE = font(16, Font.BOLD);
    private static final Font HEADING = font(12, Font.BOLD);
    private static final Font LABEL = font(9, Font.BOLD);
    private static final Font TEXT = font(9, Font.NORMAL);

    private ProcessingRegisterPdf() {
    }

    public static byte[] render(Register register) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Registre des activités de traitement — Imprim'FIP");
        document.open();
        document.add(new Paragraph("Registre des catégories d'activités de traitement", TITLE));
        document.add(new Paragraph("Effectuées pour le compte des personnes publiques partenaires (clause 7 de"
                + " l'annexe de protection des données). Établi le " + WHEN.format(register.generatedAt()) + ".", TEXT));

        heading(document, "Sous-traitant");
        PdfPTable processor = table();
        row(processor, "Sous-traitant", register.processor());
        row(processor, "Délégué à la protection des données", register.processorDpo());
        row(processor, "Sous-traitants ultérieurs", String.join("\n", register.subProcessors()));
        row(processor, "Transferts hors UE", register.transfersOutsideEu());
        row(processor, "Durées de conservation", bullets(register.retentionPeriods()));
        row(processor, "Mesures de sécurité", bullets(register.securityMeasures()));
        document.add(processor);

        for (ControllerEntry controller : register.controllers()) {
            heading(document, controller.name() + " (" + controller.partner() + ")");
            PdfPTable entry = table();
            row(entry, "SIRET", controller.siret());
            row(entry, "Statut de la convention", controller.status());
            row(entry, "Responsable de traitement", orUnknown(controller.dataController()));
            row(entry, "Délégué à la protection des données", orUnknown(controller.dpo()));
            row(entry, "Services destinataires", controller.recipientServices().isEmpty() ? "—"
                    : String.join("\n", controller.recipientServices()));
            for (Processing processing : controller.habilitations()) {
                row(entry, "Habilitation " + processing.environment() + (processing.active() ? "" : " (non active)"),
                        "DataPass " + orUnknown(processing.dataPassNumber()) + "\nFinalité : "
                                + orUnknown(processing.purpose()) + "\nFondement juridique : "
                                + orUnknown(processing.legalBasis())
                                + (processing.expectedLettersPerYear() == null ? ""
                                : "\nVolume attendu : " + processing.expectedLettersPerYear() + " plis par an"));
            }
            row(entry, "Catégories de traitements", bullets(controller.processing()));
            row(entry, "Données traitées", bullets(controller.personalData()));
            row(entry, "Personnes concernées", bullets(controller.peopleConcerned()));
            document.add(entry);
        }
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Paragraph(label, LABEL));
        name.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(name);
        table.addCell(new PdfPCell(new Paragraph(value, TEXT)));
    }

    private static String bullets(List<String> lines) {
        return "• " + String.join("\n• ", lines);
    }

    private static String orUnknown(String value) {
        return value == null ? "non renseigné" : value;
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
