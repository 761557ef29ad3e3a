package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.util.stream.Collectors;

import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.partner.Tariff;

/** One year of a partner's tariff history, written for reading. */
public record TariffRow(int year, String postage, String production, String bySendingType, String setAt,
                        String setBy) implements Serializable {

    static TariffRow of(Tariff tariff) {
        String byType = tariff.lines().stream().map(line -> line.sendingType().label() + " : "
                        + UnitPrices.written(line.postage().euros()) + " + "
                        + UnitPrices.written(line.production().euros()))
                .collect(Collectors.joining(" ; "));
        return new TariffRow(tariff.year(), UnitPrices.written(tariff.postage().euros()),
                UnitPrices.written(tariff.production().euros()), byType.isEmpty() ? "Prix de base" : byType,
                FrenchFormats.instant(tariff.setAt()), tariff.setBy() == null ? "" : tariff.setBy());
    }
}
