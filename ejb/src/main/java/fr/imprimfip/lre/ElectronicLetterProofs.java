package fr.imprimfip.lre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositOwner;
import fr.imprimfip.deposit.DepositService;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentNotFoundException;
import fr.imprimfip.lre.proof.ProofDocuments;
import fr.imprimfip.lre.proof.ProofFacts;
import fr.imprimfip.lre.proof.ProofKind;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.StateConflictException;

/**
 * The proofs of an electronic registered letter, for the partner who deposited it: which steps of the letter's life
 * are proven so far, and the signed proof of one of them, issued from what the platform recorded. Another partner's
 * letter is not found. Once the file's content is destroyed at the end of its retention period, no proof is issued
 * any more: the recipient and the letter's digest it states are gone with it.
 */
@Stateless
public class ElectronicLetterProofs {

    /** A proven step: its kind, the proof's title, and when it happened. */
    public record Available(ProofKind kind, String title, Instant eventAt) {
    }

    /** A signed proof and the name it is saved under. */
    public record Issued(String fileName, byte[] pdf) {
    }

    /** The document is not an electronic registered letter: it has no such proofs. */
    @ApplicationException(rollback = true)
    public static class NotAnElectronicLetterException extends ResourceNotFoundException {

        private static final long serialVersionUID = 1L;

        public NotAnElectronicLetterException() {
            super(new RefusalText("Ce pli n'est pas une lettre recommandée électronique (LRE) : il n'a pas de preuves"
                    + " électroniques.",
                    "This letter is not an electronic registered letter (LRE): it has no electronic proofs."));
        }
    }

    /** The proof does not exist yet, or no longer can be issued. */
    @ApplicationException(rollback = true)
    public static class ProofUnavailableException extends StateConflictException {

        private static final long serialVersionUID = 1L;

        /** The letter has not reached the step {@code kind} proves (or will not, given its outcome). */
        public ProofUnavailableException(ProofKind kind) {
            this(new RefusalText("La lettre n'a pas atteint cette étape : la « " + kind.title() + " » n'existe pas"
                    + " encore (ou n'existera pas, selon l'issue de la lettre).",
                    "The letter has not reached this step: its " + kind.name() + " proof does not exist yet (or"
                    + " will not, depending on the letter's outcome)."));
        }

        private ProofUnavailableException(RefusalText text) {
            super(text);
        }

        static ProofUnavailableException retentionEnded() {
            return new ProofUnavailableException(new RefusalText("La durée de conservation du dossier est écoulée :"
                    + " son contenu a été détruit et les preuves de la lettre ne sont plus émises.",
                    "The file's retention period has ended: its content was destroyed and the letter's proofs are"
                    + " no longer issued."));
        }
    }

    @Inject
    private DepositService deposits;

    @EJB
    private ElectronicLetters letters;

    @Inject
    private LreProviders providers;

    @Inject
    private ContentStore store;

    @Inject
    private ProofDocuments documents;

    /** The proofs the letter has at this point of its life, in the order of its steps; none once purged. */
    public List<Available> available(DepositOwner owner, String reference, int position) {
        Deposit deposit = electronicLetterDeposit(owner, reference, position);
        if (!contentKept(deposit)) {
            return List.of();
        }
        return letters.ofDocument(deposit.id(), position).map(letter -> steps(letter, deposit.receivedAt()))
                .orElse(List.of());
    }

    /** The signed proof of the step {@code kind}; refused before that step, or once the content is destroyed. */
    public Issued issue(DepositOwner owner, String reference, int position, ProofKind kind) {
        Deposit deposit = electronicLetterDeposit(owner, reference, position);
        if (!contentKept(deposit)) {
            throw ProofUnavailableException.retentionEnded();
        }
        ElectronicLetter letter = letters.ofDocument(deposit.id(), position)
                .orElseThrow(() -> new ProofUnavailableException(kind));
        Available step = steps(letter, deposit.receivedAt()).stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new ProofUnavailableException(kind));
        RecipientInformation recipient = letters.recipient(deposit).orElseThrow(
                ProofUnavailableException::retentionEnded);
        byte[] pdf = documents.issue(facts(step, letter, deposit, recipient, sha256(deposit, letter)));
        return new Issued(fileName(kind) + "-" + reference + "-" + position + ".pdf", pdf);
    }

    /** The steps {@code letter} went through, deposited at {@code depositedAt}, each with its proof's kind. */
    static List<Available> steps(ElectronicLetter letter, Instant depositedAt) {
        List<Available> steps = new ArrayList<>();
        steps.add(available(ProofKind.DEPOSIT, depositedAt));
        if (letter.notifiedAt() != null) {
            steps.add(available(ProofKind.NOTIFICATION, letter.notifiedAt()));
        }
        switch (letter.state()) {
            case ACCEPTED -> steps.add(available(ProofKind.ACCEPTANCE, letter.decidedAt()));
            case REFUSED -> steps.add(available(ProofKind.REFUSAL, letter.decidedAt()));
            case NEGLECTED -> steps.add(available(ProofKind.NEGLECT, letter.decidedAt()));
            case UNDELIVERABLE -> steps.add(available(ProofKind.UNDELIVERABLE, letter.failedAt()));
            default -> {
                // still on its way: no final step yet
            }
        }
        return List.copyOf(steps);
    }

    /** "preuve-de-depot", "preuve-d-acceptation": the proof's title in ASCII. */
    static String fileName(ProofKind kind) {
        return Normalizer.normalize(kind.title(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Available available(ProofKind kind, Instant at) {
        return new Available(kind, kind.title(), at);
    }

    private ProofFacts facts(Available step, ElectronicLetter letter, Deposit deposit, RecipientInformation recipient,
                             String sha256) {
        DepositedDocument document = deposit.documents().stream().filter(d -> d.position() == letter.position())
                .findFirst().orElseThrow();
        Instant notifiedAt = step.kind() == ProofKind.DEPOSIT ? null : letter.notifiedAt();
        String businessRef = document.businessRef() == null || document.businessRef().isBlank() ? "non indiquée"
                : document.businessRef();
        return new ProofFacts(step.kind(), step.eventAt(),
                new ProofFacts.Letter("LRE-" + letter.id(), deposit.reference().value(), businessRef,
                        letter.position(), sha256),
                new ProofFacts.Sender(deposit.partner().name(), deposit.partner().siret(),
                        deposit.partner().clientId()),
                recipient, deposit.receivedAt(), notifiedAt, notifiedAt == null ? null : letter.deadlineAt(),
                providerName());
    }

    private String providerName() {
        String name = providers.required().name();
        return PlatformLreProvider.NAME.equals(name) ? "Imprim'FIP" : name;
    }

    /** The digest of the very bytes the recipient downloads once they accepted the letter. */
    private String sha256(Deposit deposit, ElectronicLetter letter) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(LetterPdf.of(store, deposit, letter)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Deposit electronicLetterDeposit(DepositOwner owner, String reference, int position) {
        Deposit deposit = deposits.ownDepositInFull(owner, reference);
        if (deposit.documents().stream().noneMatch(d -> d.position() == position)) {
            throw new DocumentNotFoundException(position);
        }
        if (deposit.sendingType() != SendingType.LRE) {
            throw new NotAnElectronicLetterException();
        }
        return deposit;
    }

    private static boolean contentKept(Deposit deposit) {
        return !deposit.contentPurged() && deposit.sealedLreRecipient() != null;
    }
}
