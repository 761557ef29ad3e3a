package fr.imprimfip.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.SendingType;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.TariffLine;
import fr.imprimfip.partner.UnitPrice;

class StatementFiguresTest {

    @Test
    void eachLineIsRoundedBeforeTheTotal() {
        Tariff tariff = tariff(2026, "0.0015", "0.0015");
        StatementFigures figures = figures(2026, tariff, line(1, SendingType.STD, 3, tariff),
                line(2, SendingType.STD, 3, tariff));
        // each month: 3 x 0.0015 = 0.0045 -> 0.00, whereas the unrounded 0.009 of the year would round to 0.01
        assertEquals(new BigDecimal("0.00"), figures.postageAmount());
        assertEquals(new BigDecimal("0.00"), figures.total());
        assertEquals(6, figures.plis());
    }

    @Test
    void halfACentIsRoundedUp() {
        Tariff tariff = tariff(2026, "0.0050", "0.0049");
        StatementFigures figures = figures(2026, tariff, line(3, SendingType.STD, 1, tariff));
        assertEquals(new BigDecimal("0.01"), figures.postageAmount(), "0.005 rounds half up");
        assertEquals(new BigDecimal("0.00"), figures.productionAmount(), "0.0049 rounds down");
    }

    @Test
    void totalIsTheSumOfTheLinesPerMonthAndSendingType() {
        Tariff tariff = tariff(2026, "1.3900", "0.1925");
        tariff.revise(UnitPrice.of("1.3900"), UnitPrice.of("0.1925"), List.of(new TariffLine(SendingType.LRAR,
                UnitPrice.of("5.3600"), UnitPrice.of("0.2500"))), Instant.EPOCH, "finance");
        StatementFigures figures = figures(2026, tariff, line(1, SendingType.STD, 1234, tariff),
                line(1, SendingType.LRAR, 10, tariff), line(12, SendingType.STD, 0, tariff));
        assertEquals(2, figures.lines().size(), "months without plis are left out");
        assertEquals(new BigDecimal("5.3600"), figures.lines().get(1).postagePerPli(), "LRAR at its own price");
        assertEquals(new BigDecimal("1715.26").add(new BigDecimal("53.60")), figures.postageAmount());
        assertEquals(new BigDecimal("237.55").add(new BigDecimal("2.50")), figures.productionAmount());
        assertEquals(new BigDecimal("2008.91"), figures.total());
    }

    @Test
    void anElectronicRegisteredLetterIsBilledAtItsOwnTariffLine() {
        Tariff tariff = tariff(2026, "1.3900", "0.1925");
        tariff.revise(UnitPrice.of("1.3900"), UnitPrice.of("0.1925"), List.of(
                new TariffLine(SendingType.LRAR, UnitPrice.of("5.3600"), UnitPrice.of("0.2500")),
                new TariffLine(SendingType.LRE, UnitPrice.of("2.9900"), UnitPrice.of("0.4500"))),
                Instant.EPOCH, "finance");
        StatementFigures figures = figures(2026, tariff, line(4, SendingType.LRE, 3, tariff),
                line(4, SendingType.STD, 1, tariff));
        StatementLine lre = figures.lines().stream().filter(l -> l.sendingType() == SendingType.LRE).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("2.9900"), lre.postagePerPli(), "not the base price, not LRAR's");
        assertEquals(new BigDecimal("0.4500"), lre.productionPerPli());
        assertEquals(new BigDecimal("8.97"), lre.postageAmount());
        assertEquals(new BigDecimal("1.35"), lre.productionAmount());
        assertEquals(new BigDecimal("8.97").add(new BigDecimal("1.39")), figures.postageAmount());
    }

    @Test
    void eachYearIsBilledAtItsOwnTariff() {
        Tariff y2026 = tariff(2026, "1.3900", "0.1925");
        Tariff y2027 = tariff(2027, "1.4500", "0.1990");
        assertEquals(new BigDecimal("139.00"), figures(2026, y2026, line(12, SendingType.STD, 100, y2026))
                .postageAmount());
        assertEquals(new BigDecimal("145.00"), figures(2027, y2027, line(1, SendingType.STD, 100, y2027))
                .postageAmount(), "the tariff revised on 1 January applies from January's plis");
    }

    private static StatementLine line(int month, SendingType type, long plis, Tariff tariff) {
        return StatementLine.priced(month, type, plis, tariff);
    }

    private static StatementFigures figures(int year, Tariff tariff, StatementLine... lines) {
        return new StatementFigures(1, year, List.of(lines), tariff.postage(), tariff.production());
    }

    private static Tariff tariff(int year, String postage, String production) {
        Partner partner = new Partner("demo", "Demo", "11000000000001", Instant.EPOCH);
        return new Tariff(partner, year, UnitPrice.of(postage), UnitPrice.of(production));
    }
}
