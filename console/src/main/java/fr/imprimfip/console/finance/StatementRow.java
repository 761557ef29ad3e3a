package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.math.BigDecimal;

import fr.imprimfip.billing.Statement;
import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;

/** One line of the statements table: a partner's statement for the year, written for reading. */
public record StatementRow(String partnerName, String partnerClientId, String plis, String postage,
                           String production, String total, Badge status, BigDecimal totalAmount)
        implements Serializable {

    static StatementRow of(Statement statement) {
        return new StatementRow(statement.partner().name(), statement.partner().clientId(),
                FrenchFormats.count(statement.plis()), FrenchFormats.euros(statement.postageAmount()),
                FrenchFormats.euros(statement.productionAmount()), FrenchFormats.euros(statement.totalAmount()),
                Badge.of(statement.status()), statement.totalAmount());
    }
}
