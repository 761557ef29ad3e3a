package fr.imprimfip.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class UnitPriceTest {

    @Test
    void keepsFourDecimals() {
        assertEquals(new BigDecimal("1.3900"), UnitPrice.of("1.39").euros());
        assertThrows(IllegalArgumentException.class, () -> UnitPrice.of("0.12345"));
        assertThrows(IllegalArgumentException.class, () -> UnitPrice.of("-0.01"));
    }

    @Test
    void lineAmountsAreRoundedHalfUpToTheCent() {
        assertEquals(new BigDecimal("0.01"), UnitPrice.of("0.0050").lineAmount(1));
        assertEquals(new BigDecimal("0.00"), UnitPrice.of("0.0049").lineAmount(1));
        assertEquals(new BigDecimal("0.39"), UnitPrice.of("0.1925").lineAmount(2));
        assertEquals(new BigDecimal("19250000.00"), UnitPrice.of("0.1925").lineAmount(100_000_000L));
        assertEquals(new BigDecimal("0.00"), UnitPrice.of("1.39").lineAmount(0));
        assertThrows(IllegalArgumentException.class, () -> UnitPrice.of("1").lineAmount(-1));
    }
}
