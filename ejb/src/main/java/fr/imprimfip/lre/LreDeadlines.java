package fr.imprimfip.lre;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.audit.AuditRecord;

/**
 * The deadlines of notified letters: the reminder e-mailed a few days before, and the letter neglected ("Négligé")
 * once its deadline passed without a decision. Each letter in its own transaction under its deposit's lock, so that
 * two nodes ticking together, or a recipient deciding at the last second, settle it once.
 */
@Stateless
public class LreDeadlines {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private ElectronicLetters letters;

    @Inject
    private LreOutbox outbox;

    public List<Long> remindersDue(int max) {
        return em.createNamedQuery("ElectronicLetter.reminderDue", Long.class)
                .setParameter("notified", LetterState.NOTIFIED).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    public List<Long> pastDeadline(int max) {
        return em.createNamedQuery("ElectronicLetter.pastDeadline", Long.class)
                .setParameter("notified", LetterState.NOTIFIED).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** Sends the letter's reminder if it is still due; whether it was queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long letterId) {
        ElectronicLetters.Locked locked = letters.lock(letterId);
        Instant now = clock.instant();
        if (locked == null || !locked.letter().remindIfDue(now)) {
            return false;
        }
        outbox.queue(locked.letter(), MessageKind.REMINDER, now);
        letters.record(locked, "lre.reminded", AuditRecord.Outcome.SUCCESS, null);
        return true;
    }

    /** Neglects the letter if its deadline passed undecided; whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean neglect(long letterId) {
        ElectronicLetters.Locked locked = letters.lock(letterId);
        Instant now = clock.instant();
        if (locked == null || locked.letter().state() != LetterState.NOTIFIED
                || now.isBefore(locked.letter().deadlineAt())) {
            return false;
        }
        letters.decide(locked, LreProvider.Decision.NEGLECTED);
        return true;
    }
}
