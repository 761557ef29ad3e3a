package fr.imprimfip.console.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.TariffLine;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.SendingType;

class TariffFormTest {

    private final TariffForm form = new TariffForm(2026);

    @Test
    void pricesAreTypedWithACommaOrAPoint() {
        form.setPostage("1,39");
        form.setProduction(" 0.1925 € ");
        assertEquals(new BigDecimal("1.3900"), form.postagePrice().euros());
        assertEquals(new BigDecimal("0.1925"), form.productionPrice().euros());
    }

    @Test
    void aMissingOrWrongPriceIsRefusedInTheServicesWords() {
        form.setPostage(" ");
        assertTrue(assertThrows(InvalidInputException.class, form::postagePrice).text().french()
                .startsWith("Affranchissement par pli : un prix par pli est obligatoire"));
        form.setProduction("0,12345");
        assertTrue(assertThrows(InvalidInputException.class, form::productionPrice).text().french()
                .contains("4 décimales au plus"));
    }

    @Test
    void onlyTheSendingTypesGivenBothPricesHaveTheirOwn() {
        form.getTypePostage().put("LRAR", "5,36");
        form.getTypeProduction().put("LRAR", "0,25");
        List<TariffLine> lines = form.lines();
        assertEquals(1, lines.size());
        assertEquals(SendingType.LRAR, lines.get(0).sendingType());
        assertEquals(new BigDecimal("5.3600"), lines.get(0).postage().euros());

        form.getTypePostage().put("LRE", "2,00");
        assertTrue(assertThrows(InvalidInputException.class, form::lines).text().french()
                .contains("indiquez ses deux prix"));
    }

    @Test
    void unitPricesAreWrittenWithFourDecimals() {
        assertEquals("1,3900 €", UnitPrices.written(new BigDecimal("1.39")));
        assertEquals("1,39", UnitPrices.editable(new BigDecimal("1.39")));
    }
}
