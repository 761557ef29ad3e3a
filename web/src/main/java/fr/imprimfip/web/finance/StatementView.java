package fr.imprimfip.web.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import fr.imprimfip.billing.Statement;
import fr.imprimfip.billing.StatementLine;

/** A statement as finance staff read it, with its lines per month and sending type. */
public record StatementView(long id, String number, long partnerId, String partnerClientId, String partnerName, int year, long plis,
                            BigDecimal postagePerPli, BigDecimal productionPerPli, BigDecimal postageAmount,
                            BigDecimal productionAmount, BigDecimal totalAmount, String status, Instant computedAt,
                            Instant issuedAt, String issuedBy, List<LineView> lines) {

    static StatementView of(Statement statement) {
        return new StatementView(statement.id(), statement.number().orElse(null), statement.partner().id(), statement.partner().clientId(),
                statement.partner().name(), statement.year(), statement.plis(), statement.postagePerPli(),
                statement.productionPerPli(), statement.postageAmount(), statement.productionAmount(),
                statement.totalAmount(), statement.status().name(), statement.computedAt(), statement.issuedAt(),
                statement.issuedBy(), statement.lines().stream().map(LineView::of).toList());
    }

    /** One month and sending type. */
    public record LineView(int month, String sendingType, long plis, BigDecimal postagePerPli,
                           BigDecimal productionPerPli, BigDecimal postageAmount, BigDecimal productionAmount,
                           BigDecimal total) {
        static LineView of(StatementLine line) {
            return new LineView(line.month(), line.sendingType().name(), line.plis(), line.postagePerPli(),
                    line.productionPerPli(), line.postageAmount(), line.productionAmount(), line.total());
        }
    }
}
