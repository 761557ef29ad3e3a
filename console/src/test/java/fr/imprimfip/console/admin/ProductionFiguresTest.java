package fr.imprimfip.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.audit.AuditVerification;

class ProductionFiguresTest {

    @Test
    void handOverDelaysBySlicesOfTwelveHoursTheLastOneMissingTheCommitment() {
        DelayHistogram histogram = DelayHistogram.of(List.of(Duration.ofHours(2), Duration.ofHours(11).plusMinutes(59),
                Duration.ofHours(12), Duration.ofHours(47), Duration.ofHours(48), Duration.ofDays(5),
                Duration.ofMinutes(-5)));
        assertEquals(List.of("0 à 12 h", "12 à 24 h", "24 à 36 h", "36 à 48 h", "plus de 48 h"), histogram.labels());
        assertEquals(List.of(3L, 1L, 0L, 1L, 2L), histogram.counts());
        assertEquals(7, histogram.total());
    }

    @Test
    void aChartGivesItsFiguresAsJsonForTheScriptAndAsRowsForItsTable() {
        ChartData chart = new ChartData(List.of("01/11", "l'été \"chaud\""), List.of(3L, 0L));
        assertEquals("[\"01/11\",\"l'été \\\"chaud\\\"\"]", chart.labelsJson());
        assertEquals("[3,0]", chart.valuesJson());
        assertEquals(List.of(new ChartData.Row("01/11", 3), new ChartData.Row("l'été \"chaud\"", 0)), chart.rows());
        assertEquals(3, chart.total());
    }

    @Test
    void theLastThirtyDaysEndToday() {
        List<LocalDate> days = ProductionPage.lastDays(LocalDate.of(2026, 3, 1), 30);
        assertEquals(30, days.size());
        assertEquals(LocalDate.of(2026, 1, 31), days.get(0));
        assertEquals(LocalDate.of(2026, 3, 1), days.get(29));
    }

    @Test
    void theAuditVerdictGroupsProblemsByChain() {
        List<AuditPage.ChainVerdict> verdicts = AuditPage.verdicts(List.of(
                new AuditVerification.Problem("node-b", 7, 70L, "modifié"),
                new AuditVerification.Problem("node-a", 3, 30L, "supprimé"),
                new AuditVerification.Problem("node-b", 9, 90L, "inséré")));
        assertEquals(List.of(new AuditPage.ChainVerdict("node-a", List.of("n° 3 : supprimé")),
                new AuditPage.ChainVerdict("node-b", List.of("n° 7 : modifié", "n° 9 : inséré"))), verdicts);
    }
}
