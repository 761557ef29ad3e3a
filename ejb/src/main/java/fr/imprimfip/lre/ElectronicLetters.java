package fr.imprimfip.lre;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientInformationSeal;
import fr.imprimfip.shared.RetentionPolicy;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The electronic registered letters and what happens to them with their document: every change takes the deposit's
 * row lock first, then reads the letter again, so that two nodes (a deadline passing, the recipient deciding, a
 * bounce reported) never both change one letter. Each change is audited with the deposit's reference and the
 * document's position as target, never an address or a name.
 */
@Stateless
public class ElectronicLetters {

    /** A letter with its deposit, the deposit locked. */
    public record Locked(ElectronicLetter letter, Deposit deposit) {
    }

    static final String UNDELIVERABLE_MESSAGE = "Notification électronique non distribuable";

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RetentionPolicy retention;

    @Inject
    private LreSettings settings;

    @Inject
    private LreProviders providers;

    @Inject
    private RecipientInformationSeal seal;

    @Inject
    private AuditTrail audit;

    /** The production LRE deposits with documents waiting to be taken, oldest first. */
    public List<Long> depositsToTake(int max) {
        return em.createNamedQuery("ElectronicLetter.depositsToTake", Long.class)
                .setParameter("production", ServiceEnvironment.PRODUCTION).setParameter("lre", SendingType.LRE)
                .setParameter("pending", DocumentStatus.PENDING).setMaxResults(max).getResultList();
    }

    /**
     * Takes every pending document of the deposit for electronic delivery and has its recipient notified; how many
     * were taken (none when another node took them first, or the partner deleted them).
     */
    public int take(long depositId) {
        LreProvider provider = providers.required();
        Deposit deposit = em.find(Deposit.class, depositId, LockModeType.PESSIMISTIC_WRITE);
        if (deposit == null || deposit.sendingType() != SendingType.LRE
                || deposit.environment() != ServiceEnvironment.PRODUCTION) {
            return 0;
        }
        Instant now = clock.instant();
        int taken = 0;
        for (DepositedDocument document : deposit.documents()) {
            if (document.status() != DocumentStatus.PENDING || ofDocument(depositId, document.position()).isPresent()) {
                continue;
            }
            deposit.takeForElectronicDelivery(document.position(), now);
            ElectronicLetter letter = ElectronicLetter.take(depositId, document.position(), deposit.partner().id(), now);
            em.persist(letter);
            em.flush();
            provider.notifyRecipient(letter, now);
            record(deposit, letter, "lre.taken", AuditRecord.Outcome.SUCCESS, null, now);
            taken++;
        }
        return taken;
    }

    /** The notification composed at {@code composedAt} reached the relay: the letter is out for delivery. */
    public void notified(long letterId, Instant composedAt) {
        Locked locked = lock(letterId);
        if (locked != null && locked.letter().notified(composedAt, settings.terms())) {
            locked.deposit().notifiedElectronically(locked.letter().position(), composedAt);
            record(locked, "lre.notified", AuditRecord.Outcome.SUCCESS, null);
        }
    }

    /**
     * The notification cannot reach the recipient: the letter is "Echec de distribution" unless the recipient
     * already decided. Whether it changed.
     */
    public boolean undeliverable(long letterId, String why) {
        Locked locked = lock(letterId);
        Instant now = clock.instant();
        if (locked == null || !locked.letter().undeliverable(now, LreMails.withoutAddresses(why))) {
            return false;
        }
        locked.deposit().electronicNotificationUndeliverable(locked.letter().position(), now, UNDELIVERABLE_MESSAGE,
                retention.finalContentExpiry(now));
        em.createNamedQuery("LreMessage.ofLetter", LreMessage.class).setParameter("letter", letterId).getResultList()
                .stream().filter(m -> m.state() == LreMessage.State.PENDING)
                .forEach(m -> m.drop("notification non distribuable"));
        record(locked, "lre.undeliverable", AuditRecord.Outcome.FAILED, locked.letter().failure());
        return true;
    }

    /**
     * A bounce (delivery status notification) reported by the relay's operator: the letter is undeliverable unless
     * its recipient already decided or it already ended (refused then).
     */
    public LetterFacts bounce(long letterId, String reason) {
        ElectronicLetter letter = em.find(ElectronicLetter.class, letterId);
        if (letter == null) {
            throw new ElectronicLetterNotFoundException();
        }
        if (!undeliverable(letterId, "Retour de non-distribution : " + (reason == null ? "sans motif" : reason))) {
            throw new LetterAlreadyEndedException(letter.state());
        }
        return facts(letter);
    }

    /** What administrators see of a letter. */
    public LetterFacts facts(ElectronicLetter letter) {
        Deposit deposit = em.find(Deposit.class, letter.depositId());
        List<LetterFacts.Message> messages = messages(letter.id()).stream().map(m -> new LetterFacts.Message(
                m.kind(), m.state(), m.attempts(), m.lastError(), m.createdAt(), m.nextAttemptAt(), m.sentAt()))
                .toList();
        return new LetterFacts(letter.id(), deposit.reference().value(), letter.position(), letter.state(),
                recipient(deposit).map(r -> LreMails.masked(r.email())).orElse(null), letter.takenAt(),
                letter.notifiedAt(), letter.deadlineAt(), letter.remindedAt(), letter.decidedAt(), letter.failedAt(),
                letter.failure(), messages);
    }

    /** The recipient's decision, or its absence once the deadline passed; the document follows. */
    public void decide(Locked locked, LreProvider.Decision decision) {
        Instant now = clock.instant();
        ElectronicLetter letter = locked.letter();
        providers.required().recordDecision(letter, decision, now);
        Instant expiry = retention.finalContentExpiry(now);
        int position = letter.position();
        switch (decision) {
            case ACCEPTED -> locked.deposit().acceptedByRecipient(position, now, expiry);
            case REFUSED -> locked.deposit().refusedByRecipient(position, now, expiry);
            case NEGLECTED -> locked.deposit().neglectedByRecipient(position, now, expiry);
            default -> throw new IllegalArgumentException(String.valueOf(decision));
        }
        record(locked, "lre." + decision.name().toLowerCase(java.util.Locale.ROOT), AuditRecord.Outcome.SUCCESS,
                null);
    }

    /** The letter with its deposit locked, read again under the lock; null when it no longer exists. */
    public Locked lock(long letterId) {
        ElectronicLetter letter = em.find(ElectronicLetter.class, letterId);
        if (letter == null) {
            return null;
        }
        // refreshed under the lock rather than found with it: a deposit this transaction already read would be
        // locked with a version check, failing when another transaction changed it meanwhile
        Deposit deposit = em.find(Deposit.class, letter.depositId());
        em.refresh(deposit, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(letter);
        return new Locked(letter, deposit);
    }

    public Optional<ElectronicLetter> ofDocument(long depositId, int position) {
        return em.createNamedQuery("ElectronicLetter.ofDocument", ElectronicLetter.class)
                .setParameter("deposit", depositId).setParameter("position", position).getResultStream().findFirst();
    }

    /** The letters in {@code state}, most recently taken first, as administrators see them. */
    public List<LetterFacts> inState(LetterState state, int max) {
        return em.createNamedQuery("ElectronicLetter.inState", ElectronicLetter.class).setParameter("state", state)
                .setMaxResults(max).getResultStream().map(this::facts).toList();
    }

    /** The letters of a deposit, by position, as administrators see them. */
    public List<LetterFacts> ofDeposit(long depositId) {
        return em.createNamedQuery("ElectronicLetter.ofDeposit", ElectronicLetter.class)
                .setParameter("deposit", depositId).getResultStream().map(this::facts).toList();
    }

    /** The e-mails of a letter, oldest first. */
    public List<LreMessage> messages(long letterId) {
        return em.createNamedQuery("LreMessage.ofLetter", LreMessage.class).setParameter("letter", letterId)
                .getResultList();
    }

    public Optional<RecipientInformation> recipient(Deposit deposit) {
        return deposit == null || deposit.sealedLreRecipient() == null ? Optional.empty()
                : Optional.of(seal.open(deposit.sealedLreRecipient()));
    }

    /** The audit target of a letter: its deposit's reference and the document's position. */
    static String target(Deposit deposit, ElectronicLetter letter) {
        return deposit.reference().value() + "#" + letter.position();
    }

    public void record(Locked locked, String operation, AuditRecord.Outcome outcome, String reason) {
        record(locked.deposit(), locked.letter(), operation, outcome, reason, clock.instant());
    }

    private void record(Deposit deposit, ElectronicLetter letter, String operation, AuditRecord.Outcome outcome,
                        String reason, Instant now) {
        audit.record(new AuditRecord(now, AuditRecord.ActorKind.SYSTEM, "electronic-delivery", null, null,
                LogCorrelation.current(),
                operation, target(deposit, letter), outcome, null, reason, null));
    }
}
