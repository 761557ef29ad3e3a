package fr.imprimfip.deposit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.charter.Annexes;
import fr.imprimfip.charter.CharterAnalyzer;
import fr.imprimfip.charter.CharterConfiguration;
import fr.imprimfip.charter.CharterReport;
import fr.imprimfip.charter.CharterRule;
import fr.imprimfip.charter.Finding;
import fr.imprimfip.charter.LetterReport;
import fr.imprimfip.charter.RegisteredLetter;
import fr.imprimfip.notification.OperationsAlerts;
import fr.imprimfip.registered.RegisteredAddressSeal;
import fr.imprimfip.shared.ContentCipher;
import fr.imprimfip.shared.RetentionPolicy;
import fr.imprimfip.shared.SendingType;

/**
 * Analyses received files, each in its own transaction. A file is claimed by a conditional update before it is
 * analysed, so that two nodes never analyse the same file; a claim left by a node that died is taken over once it
 * is older than the claim timeout, and a file whose analysis keeps failing is put in error (STR-010) instead of
 * being tried for ever.
 */
@Stateless
public class DepositAnalyzer {

    /** The least time a claim is held before another node may take the file over. */
    static final Duration MIN_CLAIM_TIMEOUT = Duration.ofMinutes(10);
    /** This server node, as named in the claims it holds. */
    static final String NODE = System.getProperty("jboss.node.name", "standalone");
    private static final Logger LOG = Logger.getLogger(DepositAnalyzer.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Inject
    private RetentionPolicy retention;

    @Inject
    private Clock clock;

    @Inject
    private CharterConfiguration charter;

    @Inject
    private AuditTrail audit;

    @Inject
    private OperationsAlerts alerts;

    @Inject
    private RegisteredAddressSeal addressSeal;

    @Inject
    private Event<LettersAddressed> lettersAddressed;

    @Inject
    private DepositCounters counters;

    /** Analyses of one file that may fail (an error, a node that stopped) before it is put in error (STR-010). */
    @Inject
    @ConfigProperty(name = "imprimfip.analysis.max-attempts", defaultValue = "3")
    int maxAttempts;

    /** Runs the extra passes over a large file's pages. */
    @Resource
    private ManagedExecutorService passes;

    /**
     * How many passes read a large file at once (0: one per processor). One by default: each extra pass holds its
     * own copy of the document's structure, and with the heap of a small node the collector's extra work cost more
     * than the second processor gave (see docs/benchmarks.md).
     */
    @Inject
    @ConfigProperty(name = "imprimfip.analysis.parallelism", defaultValue = "1")
    int parallelism;

    /** Claims up to {@code max} files waiting for analysis and returns their ids. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claimWaiting(int max) {
        Instant now = clock.instant();
        Instant stale = now.minus(claimTimeout());
        List<Long> candidates = em.createNamedQuery("Deposit.awaitingAnalysis", Long.class)
                .setParameter("waiting", FileStatus.IN_SUBMISSION)
                .setParameter("stale", stale)
                .setMaxResults(max)
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Long id : candidates) {
            int updated = em.createNamedQuery("Deposit.claimAnalysis")
                    .setParameter("now", now)
                    .setParameter("node", NODE)
                    .setParameter("id", id)
                    .setParameter("waiting", FileStatus.IN_SUBMISSION)
                    .setParameter("stale", stale)
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /**
     * How long a claim holds: twice the analysis deadline, at least {@link #MIN_CLAIM_TIMEOUT}, so that no node
     * takes over a file another node is still allowed to be analysing.
     */
    Duration claimTimeout() {
        Duration twiceTheDeadline = charter.settings().workLimits().deadline().multipliedBy(2);
        return twiceTheDeadline.compareTo(MIN_CLAIM_TIMEOUT) > 0 ? twiceTheDeadline : MIN_CLAIM_TIMEOUT;
    }

    /**
     * Releases the claims this node held when it stopped (a crash, a kill): their files are analysed again at
     * once instead of waiting for the claim timeout. Returns how many were released.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseOwnClaims() {
        return em.createNamedQuery("Deposit.releaseAnalysisClaims")
                .setParameter("waiting", FileStatus.IN_SUBMISSION)
                .setParameter("node", NODE)
                .executeUpdate();
    }

    /** Analyses one claimed file and records the outcome. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void analyse(long depositId) {
        Deposit deposit = em.find(Deposit.class, depositId);
        if (deposit == null || deposit.status().analysed()) {
            return;
        }
        if (deposit.analysisAttempts() > maxAttempts) {
            abandon(deposit, "its analysis was started " + maxAttempts + " times without an outcome (a node stopped"
                    + " during it)");
            return;
        }
        try (LogCorrelation correlation = LogCorrelation.of(deposit.correlationId())) {
            analyseStored(deposit);
            counters.analysed(deposit.status()).increment();
            AnalysisFaults.afterAnalysis(deposit.filename());
        } catch (ContentCipher.TamperedContentException e) {
            Instant refused = clock.instant();
            LOG.severe(() -> "Stored content of deposit " + depositId + " fails its integrity check: " + e.getMessage());
            deposit.reject("Le fichier stocké est altéré et ne sera pas imprimé ; déposez-le à nouveau.", refused,
                    retention.rejectedContentExpiry(refused));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stored content of deposit " + depositId, e);
        }
    }

    /**
     * An analysis failed before recording its outcome (it was rolled back): the file is tried again at the next
     * tick, and after {@code imprimfip.analysis.max-attempts} failures it is put in error with STR-010, audited and
     * told to the administrators, instead of being tried for ever.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long depositId, Throwable failure) {
        Deposit deposit = em.find(Deposit.class, depositId);
        if (deposit == null || deposit.status().analysed()) {
            return;
        }
        String cause = failure.getClass().getSimpleName();
        if (deposit.analysisAttempts() >= maxAttempts) {
            abandon(deposit, "its analysis failed " + deposit.analysisAttempts() + " times, last with " + cause);
        } else {
            deposit.releaseFailedClaim();
            LOG.warning(() -> "Analysis " + deposit.analysisAttempts() + " of " + maxAttempts + " of deposit "
                    + deposit.reference().value() + " failed with " + cause + "; it will be tried again");
        }
    }

    private void abandon(Deposit deposit, String why) {
        Instant now = clock.instant();
        String reference = deposit.reference().value();
        deposit.reject(Finding.of(CharterRule.ANALYSIS_IMPOSSIBLE).describe() + " (" + reference + ")", now,
                retention.rejectedContentExpiry(now));
        audit.record(new AuditRecord(now, AuditRecord.ActorKind.SYSTEM, "analysis@" + NODE, null, null,
                deposit.correlationId(),
                "deposit.analysis-abandoned", reference, AuditRecord.Outcome.FAILED, null, why, null));
        alerts.raise("ANALYSIS_ABANDONED", "Analyse impossible du fichier " + reference,
                "Le fichier " + reference + " du partenaire " + deposit.partner().clientId() + " est mis en erreur"
                        + " (STR-010) : " + why + ". Le partenaire a été invité à contacter le support avec cette"
                        + " référence ; le journal du nœud " + NODE + " dit pourquoi.");
    }

    private void analyseStored(Deposit deposit) throws IOException {
        CharterAnalyzer analyzer = new CharterAnalyzer(charter.settings(), passes,
                parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors());
        Annexes annexes = Annexes.NONE;
        for (DepositAnnex annex : deposit.annexes()) {
            CharterAnalyzer.AnnexReport annexReport = store.withPlainCopy(annex.content(), analyzer::analyseAnnex);
            if (!annexReport.accepted()) {
                Instant refused = clock.instant();
                deposit.reject("Annexe « " + annex.filename() + " » : " + annexReport.refusal(), refused,
                        retention.rejectedContentExpiry(refused));
                return;
            }
            deposit.annexCounted(annex.position(), annexReport.pages());
            annexes = annexes.plus(annexReport.pages(), annexReport.warnings());
        }
        Annexes withAnnexes = annexes;
        RegisteredLetter registered = null;
        if (deposit.sendingType() == SendingType.LRAR) {
            if (deposit.sealedRegisteredAddresses() == null) {
                Instant refused = clock.instant();
                deposit.reject("Les adresses de cet envoi recommandé (LRAR) ne sont pas enregistrées : déposez le"
                        + " fichier à nouveau avec recipient.address et sender.returnAddress.", refused,
                        retention.rejectedContentExpiry(refused));
                return;
            }
            // opened in memory for the comparison only: never logged, never stored in clear
            registered = new RegisteredLetter(addressSeal.open(deposit.sealedRegisteredAddresses()).recipient()
                    .printedLines());
        } else if (deposit.sendingType() == SendingType.LRE) {
            if (deposit.sealedLreRecipient() == null) {
                Instant refused = clock.instant();
                deposit.reject("Le destinataire de cet envoi recommandé électronique (LRE) n'est pas enregistré :"
                        + " déposez le fichier à nouveau avec recipient.information.", refused,
                        retention.rejectedContentExpiry(refused));
                return;
            }
            registered = RegisteredLetter.electronic();
        }
        RegisteredLetter registeredLetter = registered;
        CharterReport report = store.withPlainCopy(deposit.content(),
                plain -> analyzer.analyse(plain, deposit.reference().value(), withAnnexes, registeredLetter));
        Instant analysed = clock.instant();
        if (report.fileRefused()) {
            deposit.reject(report.fileRefusal(), analysed, retention.rejectedContentExpiry(analysed));
            return;
        }
        deposit.completeAnalysis(report.letters().stream().map(DocumentAnalysis::of).toList(), analysed,
                retention.rejectedContentExpiry(analysed));
        if (!deposit.sendingType().registered()) {
            lettersAddressed.fire(new LettersAddressed(deposit.id(), deposit.partner().id(),
                    report.letters().stream().map(LetterReport::windowLines).toList()));
        }
        long pages = report.letters().stream().mapToLong(letter -> letter.facts().pages()).sum();
        counters.pages().increment(pages);
        counters.letters().increment(report.letters().size());
        LOG.info(() -> "Deposit " + deposit.id() + " analysed: " + report.letters().size() + " letters, " + pages
                + " pages in " + Duration.between(deposit.analysisStartedAt(), analysed).toMillis() + " ms");
    }
}
