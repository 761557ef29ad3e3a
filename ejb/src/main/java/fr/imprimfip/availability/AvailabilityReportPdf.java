package fr.imprimfip.availability;

import static fr.imprimfip.shared.PdfLabelledTable.LABEL;
import static fr.imprimfip.shared.PdfLabelledTable.TEXT;
import static fr.imprimfip.availability.AvailabilityFormats.duration;
import static fr.imprimfip.availability.AvailabilityFormats.percent;
import static fr.imprimfip.shared.PdfLabelledTable.row;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.imprimfip.availability.AvailabilityMeasure.Incident;
import fr.imprimfip.availability.AvailabilityMeasure.RangeAvailability;
import fr.imprimfip.availability.AvailabilityProbes.AvailabilityReport;
import fr.imprimfip.shared.PdfLabelledTable;

/** The monthly availability report (CGU §11) as a PDF document, times in Paris time. */
public final class AvailabilityReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(AvailabilityMeasure.PARIS);
    private static final Font TITLE = PdfLabelledTable.font(16, Font.BOLD);
    private static final Font HEADING = PdfLabelledTable.font(12, Font.BOLD);

    private AvailabilityReportPdf() {
    }

    public static byte[] render(AvailabilityReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Disponibilité de l'API Imprim'FIP — " + report.month());
        document.open();
        document.add(new Paragraph("Disponibilité de l'API Imprim'FIP — " + report.month(), TITLE));
        document.add(new Paragraph("Mesurée par les sondes de la plateforme (une toutes les " + report.slotSeconds()
                + " s par nœud ; une tranche est disponible si une sonde d'au moins un nœud a réussi), sur la plage"
                + " d'ouverture 0:00-24:00, que les indisponibilités soient programmées ou non, et sur la plage de"
                + " couverture 7:00-20:00 (heure de Paris), au regard de l'engagement de "
                + percent(AvailabilityMeasure.TARGET) + " (CGU §11). Établi le " + WHEN.format(report.generatedAt())
                + ".", TEXT));
        PdfPTable period = PdfLabelledTable.of(2);
        row(period, "Mois", WHEN.format(report.monthStart()) + " – " + WHEN.format(report.monthEnd()));
        row(period, "Période mesurée", report.measuredFrom() == null ? "aucune sonde enregistrée"
                : WHEN.format(report.measuredFrom()) + " – " + WHEN.format(report.measuredTo()));
        document.add(period);
        range(document, "Plage d'ouverture (0:00-24:00)", report.opening());
        range(document, "Plage de couverture (7:00-20:00)", report.coverage());
        document.close();
        return out.toByteArray();
    }

    private static void range(Document document, String title, RangeAvailability range) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
        PdfPTable figures = PdfLabelledTable.of(2);
        row(figures, "Taux de disponibilité", range.rate() == null ? "non mesuré" : percent(range.rate()));
        row(figures, "Engagement", percent(range.target()) + (range.met() == null ? ""
                : range.met() ? " — respecté" : " — non respecté"));
        row(figures, "Temps mesuré / disponible", duration(range.measuredSeconds()) + " / "
                + duration(range.availableSeconds()));
        row(figures, "Incidents", Integer.toString(range.incidents().size()));
        row(figures, "Plus longue interruption", duration(range.longestOutageSeconds()));
        document.add(figures);
        if (!range.incidents().isEmpty()) {
            PdfPTable incidents = new PdfPTable(new float[] {2, 2, 1});
            incidents.setWidthPercentage(100);
            incidents.setSpacingBefore(6);
            for (String header : new String[] {"Début", "Fin", "Durée"}) {
                incidents.addCell(new PdfPCell(new Paragraph(header, LABEL)));
            }
            for (Incident incident : range.incidents()) {
                incidents.addCell(new PdfPCell(new Paragraph(WHEN.format(incident.start()), TEXT)));
                incidents.addCell(new PdfPCell(new Paragraph(incident.ongoing() ? "en cours"
                        : WHEN.format(incident.end()), TEXT)));
                incidents.addCell(new PdfPCell(new Paragraph(duration(incident.durationSeconds()), TEXT)));
            }
            document.add(incidents);
        }
    }
}
