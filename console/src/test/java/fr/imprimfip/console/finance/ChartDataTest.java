package fr.imprimfip.console.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartDataTest {

    @Test
    void theLargestAmountsThenTheRestTogether() {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("B", new BigDecimal("10.00"));
        amounts.put("A", new BigDecimal("30.00"));
        amounts.put("C", new BigDecimal("5.50"));
        amounts.put("D", new BigDecimal("1.25"));
        ChartData data = ChartData.topAndOthers(amounts, 2, "Montant");
        assertEquals(List.of("A", "B", "Autres (2 partenaires)"), data.labels());
        assertEquals(List.of(new BigDecimal("30.00"), new BigDecimal("10.00"), new BigDecimal("6.75")),
                data.series().get(0).values());
        assertEquals("46.75", data.totals().get(0).value(), "the total is every partner's");

        ChartData few = ChartData.topAndOthers(Map.of("A", BigDecimal.ONE), 5, "Montant");
        assertEquals(List.of("A"), few.labels(), "no « Autres » when every partner is shown");
    }

    @Test
    void theJsonIsWhatChartJsTakesWithItsTextsEscaped() {
        ChartData data = new ChartData(List.of("janvier", "« Mairie \"Est\" »"), List.of(
                new ChartData.Series("Courrier Simple", List.of(BigDecimal.valueOf(3), BigDecimal.ZERO))),
                ChartData.Unit.PLIS);
        assertEquals("{\"labels\":[\"janvier\",\"« Mairie \\\"Est\\\" »\"],\"datasets\":[{\"label\":"
                + "\"Courrier Simple\",\"data\":[3,0]}]}", data.json());
        assertEquals("\"a\\\\b\\n\\u0001\"", ChartData.quoted("a\\b\n\u0001"));
    }

    @Test
    void theTableSaysTheSameAsTheChart() {
        ChartData data = new ChartData(List.of("2025", "2026"), List.of(new ChartData.Series("Montant",
                List.of(new BigDecimal("1234.50"), new BigDecimal("10.00")))), ChartData.Unit.EUROS);
        assertEquals("2026", data.rows().get(1).label());
        assertEquals("10.00", data.rows().get(1).cells().get(0).value());
        assertEquals("1244.50", data.totals().get(0).value());
        assertThrows(IllegalArgumentException.class, () -> new ChartData(List.of("x"), List.of(
                new ChartData.Series("s", List.of())), ChartData.Unit.PLIS));
    }
}
