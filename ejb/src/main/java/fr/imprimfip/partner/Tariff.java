package fr.imprimfip.partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.InvalidInputException;

/**
 * The prices of a partner's financial agreement for one calendar year (CGU §7): a version per year, in force from
 * 1 January, the years before kept as they were. Base prices per pli (postage and production), and the prices of
 * the sending types that differ from them.
 */
@NamedQuery(name = "Tariff.ofPartnerYear", query = "select t from Tariff t where t.partner.id = :partner"
        + " and t.year = :year")
@NamedQuery(name = "Tariff.ofPartner", query = "select t from Tariff t where t.partner.id = :partner"
        + " order by t.year desc")
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_line", joinColumns = @JoinColumn(name = "tariff_id"))
    private Set<TariffLine> lines = new LinkedHashSet<>();

    @Column(name = "set_at")
    private Instant setAt;

    @Column(name = "set_by", length = 100)
    private String setBy;

    @Version
    private long version;

    protected Tariff() {
    }

    public Tariff(Partner partner, int year, UnitPrice postage, UnitPrice production) {
        if (year < 2000 || year > 2999) {
            throw new InvalidInputException("Une année de tarif va de 2000 à 2999.",
                    "A tariff year is from 2000 to 2999.");
        }
        this.partner = partner;
        this.year = year;
        this.postagePerPli = postage.euros();
        this.productionPerPli = production.euros();
    }

    /** The year's prices are set (again) by {@code by}: base prices and those of the sending types that differ. */
    public void revise(UnitPrice postage, UnitPrice production, List<TariffLine> byType, Instant at, String by) {
        if (byType.stream().map(TariffLine::sendingType).distinct().count() != byType.size()) {
            throw new InvalidInputException("Un seul prix par type d'envoi.",
                    "One price per sending type only.");
        }
        this.postagePerPli = postage.euros();
        this.productionPerPli = production.euros();
        this.lines.clear();
        this.lines.addAll(byType);
        this.setAt = Objects.requireNonNull(at);
        this.setBy = by;
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

    /** The postage per pli of {@code type}: its own price if set, the base price otherwise. */
    public UnitPrice postage(SendingType type) {
        return line(type).map(TariffLine::postage).orElseGet(this::postage);
    }

    /** The production cost per pli of {@code type}: its own price if set, the base price otherwise. */
    public UnitPrice production(SendingType type) {
        return line(type).map(TariffLine::production).orElseGet(this::production);
    }

    private java.util.Optional<TariffLine> line(SendingType type) {
        return lines.stream().filter(l -> l.sendingType() == type).findFirst();
    }

    public List<TariffLine> lines() {
        return lines.stream().sorted(Comparator.comparing(TariffLine::sendingType)).toList();
    }

    public Instant setAt() {
        return setAt;
    }

    public String setBy() {
        return setBy;
    }
}
