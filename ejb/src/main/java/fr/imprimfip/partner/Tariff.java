package fr.imprimfip.partner;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The prices of a partner's financial agreement for one calendar year, revised every 1 January (CGU §7). */
@Entity
@Table(name = "tariff")
public class Tariff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "tariff_year", nullable = false)
    private int year;

    @Column(name = "postage_per_pli", nullable = false, precision = 12, scale = 4)
    private BigDecimal postagePerPli;

    @Column(name = "production_per_pli", nullable = false, precision = 12, scale = 4)
    private BigDecimal productionPerPli;

    protected Tariff() {
    }

    public Tariff(Partner partner, int year, UnitPrice postage, UnitPrice production) {
        this.partner = partner;
        this.year = year;
        this.postagePerPli = postage.euros();
        this.productionPerPli = production.euros();
    }

    public int year() {
        return year;
    }

    public UnitPrice postage() {
        return new UnitPrice(postagePerPli);
    }

    public UnitPrice production() {
        return new UnitPrice(productionPerPli);
    }
}
