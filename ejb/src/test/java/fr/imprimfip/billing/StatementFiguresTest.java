package fr.imprimfip.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.UnitPrice;

class StatementFiguresTest {

    @Test
    void eachLineIsRoundedBeforeTheTotal() {
        StatementFigures figures = new StatementFigures(1, 2026, 3, UnitPrice.of("0.0015"), UnitPrice.of("0.0015"));
        // 3 x 0.0015 = 0.0045 -> 0.00 per line, whereas the unrounded sum 0.009 would round to 0.01
        assertEquals(new BigDecimal("0.00"), figures.postageAmount());
        assertEquals(new BigDecimal("0.00"), figures.total());
    }

    @Test
    void totalIsPostagePlusProduction() {
        StatementFigures figures = new StatementFigures(1, 2026, 1234, UnitPrice.of("1.3900"), UnitPrice.of("0.1925"));
        assertEquals(new BigDecimal("1715.26"), figures.postageAmount());
        assertEquals(new BigDecimal("237.55"), figures.productionAmount());
        assertEquals(new BigDecimal("1952.81"), figures.total());
    }
}
