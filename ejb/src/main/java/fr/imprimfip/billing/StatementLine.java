package fr.imprimfip.billing;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.SendingType;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.UnitPrice;

/**
 * One line of a statement: the plis of one month (Paris time) and one sending type, at the unit prices of the
 * year's tariff for that type (4 decimals), each amount rounded to the cent (HALF_UP) on the line.
 */
@Embeddable
public class StatementLine {

    @Column(name = "billing_month", nullable = false)
    private int month;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sending_type", nullable = false, length = 10)
    private SendingType sendingType;

    @Column(name = "pli_count", nullable = false)
    private long plis;

    @Column(name = "postage_per_pli", nullable = false, precision = 12, scale = 4)
    private BigDecimal postagePerPli;

    @Column(name = "production_per_pli", nullable = false, precision = 12, scale = 4)
    private BigDecimal productionPerPli;

    @Column(name = "postage_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal postageAmount;

    @Column(name = "production_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal productionAmount;

    protected StatementLine() {
    }

    StatementLine(int month, SendingType sendingType, long plis, UnitPrice postage, UnitPrice production) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("A month goes from 1 to 12: " + month);
        }
        this.month = month;
        this.sendingType = Objects.requireNonNull(sendingType);
        this.plis = plis;
        this.postagePerPli = postage.euros();
        this.productionPerPli = production.euros();
        this.postageAmount = postage.lineAmount(plis);
        this.productionAmount = production.lineAmount(plis);
    }

    /** The line of {@code plis} plis of {@code type} in {@code month}, at the tariff's prices for that type. */
    public static StatementLine priced(int month, SendingType type, long plis, Tariff tariff) {
        return new StatementLine(month, type, plis, tariff.postage(type), tariff.production(type));
    }

    /** The line of {@code plis} plis of the same month and sending type at the same unit prices. */
    StatementLine withPlis(long plis) {
        return new StatementLine(month, sendingType, plis, new UnitPrice(postagePerPli),
                new UnitPrice(productionPerPli));
    }

    /** Whether this line counts the plis of {@code type} in {@code month}. */
    boolean counts(int month, SendingType type) {
        return this.month == month && sendingType == type;
    }

    public int month() {
        return month;
    }

    public SendingType sendingType() {
        return sendingType;
    }

    public long plis() {
        return plis;
    }

    public BigDecimal postagePerPli() {
        return postagePerPli;
    }

    public BigDecimal productionPerPli() {
        return productionPerPli;
    }

    public BigDecimal postageAmount() {
        return postageAmount;
    }

    public BigDecimal productionAmount() {
        return productionAmount;
    }

    public BigDecimal total() {
        return postageAmount.add(productionAmount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatementLine line && month == line.month && sendingType == line.sendingType
                && plis == line.plis && postagePerPli.compareTo(line.postagePerPli) == 0
                && productionPerPli.compareTo(line.productionPerPli) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, sendingType, plis);
    }
}
