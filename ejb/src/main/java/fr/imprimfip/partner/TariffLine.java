package fr.imprimfip.partner;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.SendingType;

/** The prices per pli of one sending type, where they differ from the year's base prices. */
@Embeddable
public class TariffLine {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sending_type", nullable = false, length = 10)
    private SendingType sendingType;

    @Column(name = "postage_per_pli", nullable = false, precision = 12, scale = 4)
    private BigDecimal postagePerPli;

    @Column(name = "production_per_pli", nullable = false, precision = 12, scale = 4)
    private BigDecimal productionPerPli;

    protected TariffLine() {
    }

    public TariffLine(SendingType sendingType, UnitPrice postage, UnitPrice production) {
        this.sendingType = Objects.requireNonNull(sendingType);
        this.postagePerPli = postage.euros();
        this.productionPerPli = production.euros();
    }

    public SendingType sendingType() {
        return sendingType;
    }

    public UnitPrice postage() {
        return new UnitPrice(postagePerPli);
    }

    public UnitPrice production() {
        return new UnitPrice(productionPerPli);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TariffLine line && sendingType == line.sendingType
                && postagePerPli.compareTo(line.postagePerPli) == 0
                && productionPerPli.compareTo(line.productionPerPli) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sendingType, postagePerPli.stripTrailingZeros(), productionPerPli.stripTrailingZeros());
    }
}
