package fr.imprimfip.lre;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.registered.RecipientInformation;

/**
 * The LRE e-mails to send: written in the transaction of what they tell, claimed one at a time for delivery and
 * composed then (the address from the deposit's sealed recipient, a fresh link token or one-time code whose hash
 * replaces the previous one), their outcome recorded. A notification's outcome is the letter's: out for delivery,
 * or undeliverable when the relay refuses the recipient for good or the last attempt failed.
 */
@Stateless
public class LreOutbox {

    /** How long a claimed message is left to the node that claimed it before another may try. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private LreSettings settings;

    @Inject
    private Event<LreMessageQueued> queued;

    @EJB
    private ElectronicLetters letters;

    /** Into the outbox, with the link it will carry; sent once the current transaction commits. */
    public void queue(ElectronicLetter letter, MessageKind kind, Instant now) {
        LreMessage message = new LreMessage(letter.id(), kind, now);
        em.persist(message);
        em.flush();
        if (kind.carriesLink()) {
            em.persist(new LreLink(letter.id(), message.id()));
        }
        queued.fire(new LreMessageQueued(message.id()));
    }

    /**
     * Takes the message for one delivery attempt if it is due and nobody else took it, and composes it; a message
     * the letter no longer needs (decided, ended, content destroyed) is dropped instead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(long id) {
        Instant now = clock.instant();
        // a conditional update, as analysis claims do: of two senders (the one after commit, a timer tick, another
        // node) one claims the row, the other updates nothing and leaves it, without an optimistic-lock failure
        int claimed = em.createNamedQuery("LreMessage.claim").setParameter("id", id)
                .setParameter("pending", LreMessage.State.PENDING).setParameter("now", now)
                .setParameter("until", now.plus(CLAIM)).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        LreMessage message = em.find(LreMessage.class, id);
        ElectronicLetter letter = em.find(ElectronicLetter.class, message.letterId());
        Deposit deposit = em.find(Deposit.class, letter.depositId());
        Optional<RecipientInformation> recipient = letters.recipient(deposit);
        String pointless = recipient.isEmpty() ? "contenu détruit" : pointless(message.kind(), letter, now);
        if (pointless != null) {
            message.drop(pointless);
            return Optional.empty();
        }
        LreTerms terms = settings.terms();
        Instant until = switch (letter.state()) {
            case TAKEN -> terms.deadline(now);
            case ACCEPTED -> terms.comeBackUntil(letter.decidedAt());
            default -> letter.deadlineAt();
        };
        String link = null;
        if (message.kind().carriesLink()) {
            String token = LreSecrets.newToken();
            em.createNamedQuery("LreLink.ofMessage", LreLink.class).setParameter("message", id).getSingleResult()
                    .issue(LreSecrets.hash(token), now, until);
            link = settings.link(token);
        }
        String code = null;
        if (message.kind() == MessageKind.CODE) {
            code = LreSecrets.newCode();
            letter.codeIssued(LreSecrets.codeHash(letter.id(), code), now);
        }
        LreMails.Text text = LreMails.compose(message.kind(), recipient.get(), deposit.partner().name(), until, link,
                code);
        em.flush();
        return Optional.of(new OutgoingMail(id, message.kind(), recipient.get().email(), text, now));
    }

    /** Why the message is no longer worth sending; null while it is. */
    private static String pointless(MessageKind kind, ElectronicLetter letter, Instant now) {
        boolean needed = switch (kind) {
            case NOTIFICATION -> letter.state() == LetterState.TAKEN;
            case REMINDER -> letter.awaitingDecision(now);
            case ACCEPTED -> letter.state() == LetterState.ACCEPTED;
            case CODE, NEW_LINK -> letter.awaitingDecision(now) || letter.state() == LetterState.ACCEPTED;
        };
        return needed ? null : "lettre " + letter.state();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSent(OutgoingMail mail) {
        LreMessage message = em.find(LreMessage.class, mail.messageId());
        message.sent(clock.instant());
        if (message.kind() == MessageKind.NOTIFICATION) {
            letters.notified(message.letterId(), mail.composedAt());
        }
    }

    /**
     * A failed attempt, retried later; or, when {@code permanent} (the relay refused the recipient) or after the last
     * attempt, abandoned, the letter undeliverable if it was its notification.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailed(long id, String error, boolean permanent) {
        LreMessage message = em.find(LreMessage.class, id);
        String cleaned = LreMails.withoutAddresses(error);
        if (message.failed(cleaned, permanent, clock.instant()) && message.kind() == MessageKind.NOTIFICATION) {
            letters.undeliverable(message.letterId(), permanent ? "Adresse refusée par le relais : " + cleaned
                    : "Notification non remise après " + message.attempts() + " tentatives : " + cleaned);
        }
    }

    /** Up to {@code max} messages due for an attempt now, oldest first. */
    public List<Long> due(int max) {
        return em.createNamedQuery("LreMessage.due", Long.class).setParameter("pending", LreMessage.State.PENDING)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }
}
