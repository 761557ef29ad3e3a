package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

import fr.imprimfip.billing.Statement;
import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;

/** One line of the statements table: a partner's statement for the year, written for reading. */
public record StatementRow(long id, String partnerName, String partnerClientId, String plis, String postage,
                           String production, String total, Badge status, boolean issued, long plisCount,
                           BigDecimal postageAmount, BigDecimal productionAmount, BigDecimal totalAmount)
        implements Serializable {

    /** The statuses the table can be narrowed to. */
    public enum Shown { ALL, DRAFT, ISSUED }

    static StatementRow of(Statement statement) {
        return new StatementRow(statement.id(), statement.partner().name(), statement.partner().clientId(),
                FrenchFormats.count(statement.plis()), FrenchFormats.euros(statement.postageAmount()),
                FrenchFormats.euros(statement.productionAmount()), FrenchFormats.euros(statement.totalAmount()),
                Badge.of(statement.status()), statement.issued(), statement.plis(), statement.postageAmount(),
                statement.productionAmount(), statement.totalAmount());
    }

    /** Whether the partner's name or client id holds {@code text} (case and accents ignored) and its status is shown. */
    public boolean matches(String text, Shown shown) {
        boolean status = shown == null || shown == Shown.ALL || (shown == Shown.ISSUED) == issued;
        if (!status || text == null || text.isBlank()) {
            return status;
        }
        String wanted = plain(text.strip());
        return plain(partnerName).contains(wanted) || plain(partnerClientId).contains(wanted);
    }

    private static String plain(String text) {
        return text == null ? "" : Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
