package fr.imprimfip.lre;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.registered.RecipientInformation;

/**
 * What the recipient pages of an electronic registered letter may do: open a link, receive and check a one-time
 * code, see the letter, accept or refuse it before its deadline, download it once accepted, ask for a new link.
 * Every step is audited without personal data (the target is the deposit's reference and the document's position).
 */
@Stateless
public class ElectronicDelivery {

    private static final String ACTOR = "recipient";

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private ElectronicLetters letters;

    @Inject
    private LreProviders providers;

    @Inject
    private ContentStore store;

    @Inject
    private AuditTrail audit;

    /** The letter a link leads to, with its deposit. */
    private record Reached(LreLink link, ElectronicLetter letter, Deposit deposit) {
    }

    /** The landing page of a link: a letter awaits, the masked address, the deadline. */
    public RecipientPage open(String linkToken) {
        Reached reached = usableLink(linkToken, "lre.link-opened");
        RecipientInformation recipient = letters.recipient(reached.deposit()).orElseThrow();
        record("lre.link-opened", reached, AuditRecord.Outcome.SUCCESS, null);
        return new RecipientPage(LreMails.masked(recipient.email()), paris(reached.letter().deadlineAt()));
    }

    /** E-mails a one-time code for the link's letter. */
    public void sendCode(String linkToken) {
        Reached reached = usableLink(linkToken, "lre.code-sent");
        try {
            providers.required().sendIdentityCheck(reached.letter(), clock.instant());
        } catch (CodeRefusedException limit) {
            record("lre.code-sent", reached, AuditRecord.Outcome.REFUSED, "daily limit of codes");
            throw limit;
        }
        record("lre.code-sent", reached, AuditRecord.Outcome.SUCCESS, null);
    }

    /** Checks the code; on success the link is used up and an opaque recipient session id is returned. */
    public String verifyCode(String linkToken, String code) {
        Reached reached = usableLink(linkToken, "lre.code-verified");
        Instant now = clock.instant();
        try {
            providers.required().verifyIdentity(reached.letter(), code, now);
        } catch (CodeRefusedException wrong) {
            record("lre.code-verified", reached, AuditRecord.Outcome.REFUSED,
                    "wrong code, attempts left " + wrong.attemptsLeft());
            throw wrong;
        }
        reached.link().use(now);
        String sessionId = LreSecrets.newToken();
        em.persist(new RecipientSession(reached.letter().id(), LreSecrets.hash(sessionId), now));
        record("lre.code-verified", reached, AuditRecord.Outcome.SUCCESS, null);
        return sessionId;
    }

    /** The letter as the identified recipient sees it. */
    public RecipientLetterView view(String sessionId) {
        ElectronicLetter letter = session(sessionId);
        Deposit deposit = em.find(Deposit.class, letter.depositId());
        RecipientInformation recipient = letters.recipient(deposit).orElse(null);
        boolean accepted = letter.state() == LetterState.ACCEPTED;
        String sender = accepted || recipient != null && recipient.mayKnowSenderBeforeAccepting()
                ? deposit.partner().name() : null;
        return new RecipientLetterView(letter.recipientState(), paris(letter.deadlineAt()),
                recipient == null ? null : recipient.displayName(), sender, paris(letter.notifiedAt()),
                letter.state() == LetterState.ACCEPTED || letter.state() == LetterState.REFUSED
                        ? paris(letter.decidedAt()) : null,
                accepted && !deposit.contentPurged());
    }

    /** The recipient accepts the letter (once, before its deadline). */
    public void accept(String sessionId) {
        decide(sessionId, LreProvider.Decision.ACCEPTED);
    }

    /** The recipient refuses the letter (once, before its deadline). */
    public void refuse(String sessionId) {
        decide(sessionId, LreProvider.Decision.REFUSED);
    }

    private void decide(String sessionId, LreProvider.Decision decision) {
        ElectronicLetters.Locked locked = letters.lock(session(sessionId).id());
        String operation = "lre." + (decision == LreProvider.Decision.ACCEPTED ? "accept" : "refuse");
        Reached reached = new Reached(null, locked.letter(), locked.deposit());
        try {
            letters.decide(locked, decision);
        } catch (DecisionRefusedException refused) {
            record(operation, reached, AuditRecord.Outcome.REFUSED, refused.reason().name());
            throw refused;
        }
        record(operation, reached, AuditRecord.Outcome.SUCCESS, null);
    }

    /** The accepted letter's PDF: its pages of the deposited file. */
    public LetterDownload letter(String sessionId) {
        ElectronicLetter letter = session(sessionId);
        Deposit deposit = em.find(Deposit.class, letter.depositId());
        Reached reached = new Reached(null, letter, deposit);
        if (letter.state() != LetterState.ACCEPTED || deposit.contentPurged()) {
            DecisionRefusedException.Reason why = letter.state() != LetterState.ACCEPTED
                    ? DecisionRefusedException.Reason.NOT_ACCEPTED : DecisionRefusedException.Reason.CONTENT_GONE;
            record("lre.downloaded", reached, AuditRecord.Outcome.REFUSED, why.name());
            throw new DecisionRefusedException(why);
        }
        byte[] pdf;
        try {
            pdf = LetterPdf.of(store, deposit, letter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record("lre.downloaded", reached, AuditRecord.Outcome.SUCCESS, null);
        return new LetterDownload("lettre-recommandee-" + deposit.reference().value() + "-" + (letter.position() + 1)
                + ".pdf", pdf.length, () -> new ByteArrayInputStream(pdf));
    }

    /** E-mails a fresh link for the letter an expired or used link belonged to (limited per day). */
    public void requestNewLink(String linkToken) {
        Reached reached = knownLink(linkToken, "lre.new-link");
        Instant now = clock.instant();
        ElectronicLetter letter = reached.letter();
        if (!letter.awaitingDecision(now) && letter.state() != LetterState.ACCEPTED
                || letters.recipient(reached.deposit()).isEmpty()) {
            record("lre.new-link", reached, AuditRecord.Outcome.REFUSED, "letter " + letter.state());
            throw new LinkRefusedException(LinkRefusedException.Reason.EXPIRED);
        }
        // past the day's limit nothing is sent, and the page says the same as when one is: no hint to whoever probes
        boolean sent = providers.required().sendNewLink(letter, now);
        record("lre.new-link", reached, sent ? AuditRecord.Outcome.SUCCESS : AuditRecord.Outcome.REFUSED,
                sent ? null : "daily limit of links");
    }

    /** A link that may still be followed, of a letter still awaiting its recipient (or accepted). */
    private Reached usableLink(String token, String operation) {
        Reached reached = knownLink(token, operation);
        Instant now = clock.instant();
        LinkRefusedException.Reason refusal = reached.link().refusalAt(now);
        ElectronicLetter letter = reached.letter();
        if (refusal == null && letter.state() == LetterState.TAKEN) {
            // only the notification carries a link before the letter is notified: whoever follows it received it,
            // though its sender may not have recorded the relay's answer yet
            letters.notified(letter.id(), reached.link().issuedAt());
        }
        if (refusal == null && (!letter.awaitingDecision(now) && letter.state() != LetterState.ACCEPTED
                || letters.recipient(reached.deposit()).isEmpty())) {
            refusal = LinkRefusedException.Reason.EXPIRED;
        }
        if (refusal != null) {
            record(operation, reached, AuditRecord.Outcome.REFUSED, "link " + refusal);
            throw new LinkRefusedException(refusal);
        }
        return reached;
    }

    private Reached knownLink(String token, String operation) {
        String hash = LreSecrets.hash(token);
        LreLink link = hash == null ? null : em.createNamedQuery("LreLink.byHash", LreLink.class)
                .setParameter("hash", hash).getResultStream().findFirst().orElse(null);
        if (link == null) {
            record(operation, null, AuditRecord.Outcome.REFUSED, "link UNKNOWN");
            throw new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN);
        }
        ElectronicLetter letter = em.find(ElectronicLetter.class, link.letterId());
        return new Reached(link, letter, em.find(Deposit.class, letter.depositId()));
    }

    /** The letter of a live recipient session (touched); refused when unknown or idle too long. */
    private ElectronicLetter session(String sessionId) {
        String hash = LreSecrets.hash(sessionId);
        RecipientSession session = hash == null ? null : em.createNamedQuery("RecipientSession.byHash",
                RecipientSession.class).setParameter("hash", hash).getResultStream().findFirst().orElse(null);
        if (session == null || !session.touch(clock.instant())) {
            throw new SessionRefusedException();
        }
        return em.find(ElectronicLetter.class, session.letterId());
    }

    private static OffsetDateTime paris(Instant instant) {
        return instant == null ? null : instant.atZone(LreTerms.PARIS).toOffsetDateTime();
    }

    private void record(String operation, Reached reached, AuditRecord.Outcome outcome, String reason) {
        audit.record(new AuditRecord(clock.instant(), AuditRecord.ActorKind.ANONYMOUS, ACTOR, null, null,
                LogCorrelation.current(),
                operation, reached == null ? null : ElectronicLetters.target(reached.deposit(), reached.letter()),
                outcome, null, reason, null));
    }
}
