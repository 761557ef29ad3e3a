package fr.imprimfip.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerInformed;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.Tariffs;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/** Counts and prices each partner's plis of a year, and keeps the resulting statements. */
@Stateless
public class BillingService {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Tariffs partnerTariffs;

    @Inject
    private Clock clock;

    @Inject
    private Deposits deposits;

    @Inject
    private Event<PartnerInformed> informed;

    @Inject
    private StatementDocuments documents;

    /**
     * The plis a partner deposited in production during {@code year} (Paris time), neither deleted nor in error,
     * counted per month and sending type and priced with its tariff of that year; empty when the partner has no
     * tariff for the year. One query per partner, scanning its year once.
     */
    public Optional<StatementFigures> figures(long partnerId, int year) {
        return figures(partnerId, ServiceEnvironment.PRODUCTION, year);
    }

    /**
     * The same count and prices for the plis of {@code environment}: the sandbox's show what they would cost in
     * production, they are never billed.
     */
    public Optional<StatementFigures> figures(long partnerId, ServiceEnvironment environment, int year) {
        Optional<Tariff> tariff = partnerTariffs.ofYear(partnerId, year);
        if (tariff.isEmpty()) {
            return Optional.empty();
        }
        List<Instant> monthStarts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            monthStarts.add(BusinessCalendar.startOfMonth(year, month));
        }
        monthStarts.add(BusinessCalendar.endOfYear(year));
        List<StatementLine> lines = new ArrayList<>();
        for (Object[] row : deposits.plisByMonth(partnerId, environment, monthStarts)) {
            SendingType type = (SendingType) row[0];
            for (int month = 1; month <= 12; month++) {
                long plis = row[month] == null ? 0 : ((Number) row[month]).longValue();
                lines.add(StatementLine.priced(month, type, plis, tariff.get()));
            }
        }
        return Optional.of(new StatementFigures(partnerId, year, lines, tariff.get().postage(),
                tariff.get().production()));
    }

    /**
     * The statement is issued by {@code by}; it never changes again. Refused when the year's tariff was revised
     * after the statement was computed: its prices would not be those in force.
     */
    public Statement issue(long statementId, String by) {
        Statement statement = byId(statementId);
        partnerTariffs.ofYear(statement.partner().id(), statement.year()).map(Tariff::setAt)
                .filter(revised -> revised != null && revised.isAfter(statement.computedAt()))
                .ifPresent(revised -> {
                    throw new StatementOutdatedException("Le tarif " + statement.year() + " de "
                            + statement.partner().clientId() + " a été révisé (" + revised + ") après le calcul de"
                            + " ce relevé (" + statement.computedAt() + ") : relancez la facturation de l'année avant"
                            + " de l'émettre.",
                            "The " + statement.year() + " tariff of " + statement.partner().clientId()
                            + " was revised (" + revised + ") after this statement was computed ("
                            + statement.computedAt() + "): run the year's billing again before issuing it.");
                });
        statement.issue(nextNumber(statement.year()), clock.instant(), by);
        informed.fire(StatementNotice.issued(statement));
        return statement;
    }

    /** The next number of the year, the year's counter locked until the transaction ends. */
    private StatementNumber nextNumber(int year) {
        StatementNumberCounter counter = em.find(StatementNumberCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new StatementNumberCounter(year);
            em.persist(counter);
        }
        return counter.next();
    }

    /** The partner's issued statements, the latest year first; drafts are never shown to partners. */
    public List<Statement> issuedStatementsOf(long partnerId) {
        return em.createNamedQuery("Statement.ofPartnerInStatus", Statement.class).setParameter("partner", partnerId)
                .setParameter("status", StatementStatus.ISSUED).getResultList();
    }

    /** One of the partner's issued statements; another partner's, or a draft, is not found. */
    public Statement issuedStatementOf(long partnerId, long statementId) {
        Statement statement = em.find(Statement.class, statementId);
        if (statement == null || !statement.issued() || !statement.addressedTo(partnerId)) {
            throw new StatementNotFoundException(statementId);
        }
        return statement;
    }

    /** The statement with its partner and lines. */
    public Statement byId(long statementId) {
        return em.createNamedQuery("Statement.withPartner", Statement.class)
                .setParameter("id", statementId).getResultStream().findFirst()
                .orElseThrow(() -> new StatementNotFoundException(statementId));
    }

    /** A downloaded statement: its content and file name. */
    public record Document(byte[] content, String fileName) {
    }

    public byte[] pdf(long statementId) {
        return documents.pdf(byId(statementId));
    }

    /** One of the partner's issued statements in {@code format}; another partner's, or a draft, is not found. */
    public Document issuedDocument(long partnerId, long statementId, StatementFormat format) {
        Statement statement = issuedStatementOf(partnerId, statementId);
        byte[] content = switch (format) {
            case PDF -> documents.pdf(statement);
            case CSV -> StatementDocuments.csv(statement);
            case FACTUR_X -> documents.facturX(statement);
        };
        return new Document(content, format.fileName(statement));
    }

    public byte[] csv(long statementId) {
        return StatementDocuments.csv(byId(statementId));
    }

    /**
     * Records the figures as the partner's draft statement for the year, replacing a previous draft. Returns false
     * when the statement was already issued and is therefore left as it is.
     */
    public boolean saveDraft(StatementFigures figures) {
        Optional<Statement> existing = statement(figures.partnerId(), figures.year());
        if (existing.isPresent()) {
            if (existing.get().issued()) {
                return false;
            }
            existing.get().recompute(figures, clock.instant());
            return true;
        }
        Partner partner = em.getReference(Partner.class, figures.partnerId());
        em.persist(Statement.draft(partner, figures, clock.instant()));
        return true;
    }

    public Optional<Statement> statement(long partnerId, int year) {
        return em.createNamedQuery("Statement.ofPartnerYear", Statement.class)
                .setParameter("partner", partnerId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    /**
     * Up to {@code max} statements, by increasing id after {@code afterId}, of years before {@code cutoffYear}, of
     * partners whose data is not on legal hold.
     */
    public List<Long> statementsOfYearsBefore(int cutoffYear, long afterId, int max) {
        return em.createNamedQuery("Statement.idsBeforeYear", Long.class).setParameter("cutoffYear", cutoffYear)
                .setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    public List<Statement> statements(int year) {
        return em.createNamedQuery("Statement.ofYear", Statement.class)
                .setParameter("year", year)
                .getResultList();
    }
}
