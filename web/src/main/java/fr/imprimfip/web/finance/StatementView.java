package fr.imprimfip.web.finance;

import java.math.BigDecimal;
import java.time.Instant;

import fr.imprimfip.billing.Statement;

/** A statement as finance staff read it. */
public record StatementView(long partnerId, String partnerClientId, String partnerName, int year, long plis,
                            BigDecimal postagePerPli, BigDecimal productionPerPli, BigDecimal postageAmount,
                            BigDecimal productionAmount, BigDecimal totalAmount, String status, Instant computedAt) {

    static StatementView of(Statement statement) {
        return new StatementView(statement.partner().id(), statement.partner().clientId(),
                statement.partner().name(), statement.year(), statement.plis(), statement.postagePerPli(),
                statement.productionPerPli(), statement.postageAmount(), statement.productionAmount(),
                statement.totalAmount(), statement.status().name(), statement.computedAt());
    }
}
