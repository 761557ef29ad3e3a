package fr.imprimfip.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.imprimfip.availability.AvailabilityMeasure.MonthlyAvailability;
import fr.imprimfip.availability.AvailabilityProbes.AvailabilityReport;

class AvailabilityReportPdfTest {

    @Test
    void theReportTellsEachRangesRateVerdictAndIncidentsInParisTime() throws Exception {
        YearMonth month = YearMonth.of(2026, 11);
        Instant start = paris("2026-11-01T00:00");
        Instant outageStart = paris("2026-11-05T10:00");
        Instant outageEnd = paris("2026-11-06T09:00");
        List<Instant> probes = new ArrayList<>();
        for (Instant t = start; t.isBefore(paris("2026-12-01T00:00")); t = t.plusSeconds(60)) {
            if (t.isBefore(outageStart) || !t.isBefore(outageEnd)) {
                probes.add(t);
            }
        }
        MonthlyAvailability measure = AvailabilityMeasure.measure(month, 60, start, paris("2026-12-02T00:00"),
                probes);
        AvailabilityReport report = new AvailabilityReport(month.toString(), 60, measure.monthStart(),
                measure.monthEnd(), measure.measuredFrom(), measure.measuredTo(), measure.opening(),
                measure.coverage(), List.of(), paris("2026-12-02T08:00"));

        try (PDDocument document = Loader.loadPDF(AvailabilityReportPdf.render(report))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Disponibilité de l'API Imprim'FIP — 2026-11"), text);
            assertTrue(text.contains("96,80 %") && text.contains("non respecté"),
                    "23 h of 720 h down: 96.805 %, rounded down: " + text);
            assertTrue(text.contains("05/11/2026 10:00:00") && text.contains("06/11/2026 09:00:00"), text);
            assertTrue(text.contains("23 h 00 min 00 s"), "the longest outage of the opening range: " + text);
            assertTrue(text.contains("05/11/2026 20:00:00") && text.contains("06/11/2026 07:00:00"),
                    "the coverage range's incidents stop at 20:00 and start again at 7:00: " + text);
        }
        assertEquals(2, report.coverage().incidents().size());
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(AvailabilityMeasure.PARIS).toInstant();
    }
}
