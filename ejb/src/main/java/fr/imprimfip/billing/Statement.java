package fr.imprimfip.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.partner.BillingAddress;
import fr.imprimfip.partner.Partner;

/** A partner's statement for one billing year. */
@NamedQuery(name = "Statement.idsOfPartnerYearIn", query = "select s.id from Statement s"
        + " where s.partner.id = :partner and s.year = :year and s.status = :status")
@NamedQuery(name = "Statement.withPartner", query = "select s from Statement s join fetch s.partner where s.id = :id")
@NamedQuery(name = "Statement.ofPartnerYear", query = "select s from Statement s"
        + " where s.partner.id = :partner and s.year = :year")
@NamedQuery(name = "Statement.ofPartnerInStatus", query = "select s from Statement s where s.partner.id = :partner"
        + " and s.status = :status order by s.year desc")
@NamedQuery(name = "Statement.ofYear", query = "select s from Statement s join fetch s.partner where s.year = :year"
        + " order by s.partner.id")
@NamedQuery(name = "Statement.idsBeforeYear", query = "select s.id from Statement s where s.year < :cutoffYear"
        + " and s.partner.legalHoldSince is null and s.id > :afterId order by s.id")
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "billing_year", nullable = false)
    private int year;

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

    @Column(name = "total_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private StatementStatus status;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by", length = 100)
    private String issuedBy;

    @Column(name = "statement_number", length = StatementNumber.LENGTH, unique = true)
    private String number;

    @Column(name = "billed_name", length = 200)
    private String billedName;

    @Column(name = "billed_siret", length = 14)
    private String billedSiret;

    @Embedded
    private BillingAddress billedAddress;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "statement_line", joinColumns = @JoinColumn(name = "statement_id"))
    private Set<StatementLine> lines = new LinkedHashSet<>();

    @Version
    private long version;

    protected Statement() {
    }

    static Statement draft(Partner partner, StatementFigures figures, Instant now) {
        Statement statement = new Statement();
        statement.partner = partner;
        statement.year = figures.year();
        statement.status = StatementStatus.DRAFT;
        statement.apply(figures, now);
        return statement;
    }

    /** Replaces the figures of a draft; an issued statement never changes. */
    void recompute(StatementFigures figures, Instant now) {
        if (status != StatementStatus.DRAFT) {
            throw new IllegalStateException("An issued statement never changes");
        }
        apply(figures, now);
    }

    private void apply(StatementFigures figures, Instant now) {
        this.lines.clear();
        this.lines.addAll(figures.lines());
        this.plis = figures.plis();
        this.postagePerPli = figures.postage().euros();
        this.productionPerPli = figures.production().euros();
        this.postageAmount = figures.postageAmount();
        this.productionAmount = figures.productionAmount();
        this.totalAmount = figures.total();
        this.computedAt = now;
    }

    /**
     * The statement is issued to the partner by {@code by} under {@code number}: from now on it never changes, and it
     * keeps the partner's name, SIRET and billing address of this day.
     */
    public void issue(StatementNumber number, Instant at, String by) {
        if (status == StatementStatus.ISSUED) {
            throw new StatementIssuedException("Le relevé " + year + " de " + partner.clientId() + " est déjà émis.",
                    "The " + year + " statement of " + partner.clientId() + " is already issued.");
        }
        if (number.year() != year) {
            throw new IllegalArgumentException("A statement of " + year + " is numbered in " + year + ": " + number);
        }
        this.status = StatementStatus.ISSUED;
        this.number = number.value();
        this.issuedAt = at;
        this.issuedBy = by;
        this.billedName = partner.name();
        this.billedSiret = partner.siret();
        this.billedAddress = partner.billingAddress().orElse(null);
    }

    /** Its number, once issued. */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** The partner's name as billed: as it was on the issue day, or as it is now for a draft. */
    public String billedName() {
        return billedName != null ? billedName : partner.name();
    }

    /** The partner's SIRET as billed: as it was on the issue day, or as it is now for a draft. */
    public String billedSiret() {
        return billedSiret != null ? billedSiret : partner.siret();
    }

    /** The billing address: as it was on the issue day, or as it is now for a draft; none when finance gave none. */
    public Optional<BillingAddress> billedAddress() {
        return issued() ? Optional.ofNullable(billedAddress).filter(BillingAddress::present)
                : partner.billingAddress();
    }

    /** Whether {@code partnerId} is the partner this statement is addressed to. */
    public boolean addressedTo(long partnerId) {
        return partner.id() == partnerId;
    }

    /** Its lines, by month then sending type. */
    public List<StatementLine> lines() {
        return lines.stream().sorted(Comparator.comparingInt(StatementLine::month)
                .thenComparing(StatementLine::sendingType)).toList();
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public boolean issued() {
        return status == StatementStatus.ISSUED;
    }

    public Long id() {
        return id;
    }

    public Partner partner() {
        return partner;
    }

    public int year() {
        return year;
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

    public BigDecimal totalAmount() {
        return totalAmount;
    }

    public StatementStatus status() {
        return status;
    }

    public Instant computedAt() {
        return computedAt;
    }
}
