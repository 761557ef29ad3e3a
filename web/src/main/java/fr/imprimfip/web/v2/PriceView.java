package fr.imprimfip.web.v2;

import fr.imprimfip.billing.Price;

/**
 * A price as partners read it: euros as decimal strings with two decimals ({@code "1.45"}), postage, production and
 * their total, and whether it is {@code ESTIMATED} (the year's tariff) or {@code BILLED} (the issued statement).
 */
public record PriceView(String postage, String production, String total, String currency, String basis) {

    public static PriceView of(Price price) {
        return new PriceView(price.postage().toPlainString(), price.production().toPlainString(),
                price.total().toPlainString(), Price.CURRENCY, price.basis().name());
    }
}
