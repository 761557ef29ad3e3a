package fr.imprimfip.production;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositOwner;
import fr.imprimfip.deposit.DepositService;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentNotFoundException;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.DocumentStatusChange;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.registered.AcknowledgementScans;
import fr.imprimfip.registered.ProofOfDeposit;
import fr.imprimfip.registered.RegisteredAddressSeal;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/**
 * A registered letter's proofs, for the partner who deposited it: the proof of deposit the platform issues once
 * the letter is handed to La Poste, and the scanned acknowledgement of receipt once the print centre sent it back.
 * Another partner's letter is not found, and a proof that does not exist yet is not found either, saying why.
 */
@Stateless
public class RegisteredProofs {

    /** A proof that does not exist (yet, or any more). */
    @ApplicationException(rollback = true)
    public static class ProofNotFoundException extends ResourceNotFoundException {

        private static final long serialVersionUID = 1L;

        public ProofNotFoundException(String french, String english) {
            super(new RefusalText(french, english));
        }
    }

    /** The scanned acknowledgement, decrypted as it is read. */
    public record Scan(InputStream content, String mediaType, long sizeBytes, String filename) {
    }

    @Inject
    private DepositService deposits;

    @Inject
    private RegisteredAddressSeal seal;

    @Inject
    private ContentStore store;

    @Inject
    private Clock clock;

    /** When a letter was handed to La Poste, or null. */
    public static Instant handedOverAt(DepositedDocument letter) {
        return letter.history().stream().filter(change -> change.status() == DocumentStatus.SHIPPED)
                .map(DocumentStatusChange::changedAt).findFirst().orElse(null);
    }

    public ProofOfDeposit proofOfDeposit(DepositOwner owner, String reference, int position) {
        Deposit deposit = deposits.ownDepositInFull(owner, reference);
        DepositedDocument letter = registeredLetter(deposit, position);
        Instant handedOver = handedOverAt(letter);
        if (handedOver == null) {
            throw new ProofNotFoundException("Le pli n'a pas encore été remis à La Poste : sa preuve de dépôt"
                    + " n'existe pas encore.",
                    "The letter has not been handed to La Poste yet: its proof of deposit does not exist yet.");
        }
        String sealed = deposit.sealedRegisteredAddresses();
        RegisteredAddresses addresses = sealed == null || sealed.isEmpty() ? null : seal.open(sealed);
        return new ProofOfDeposit(letter.registeredNumber(), handedOver, letter.depositSlip(),
                deposit.sendingType().label(), addresses, deposit.partner().name(), letter.businessRef(),
                deposit.reference().value(), position, clock.instant());
    }

    public Scan acknowledgement(DepositOwner owner, String reference, int position) throws IOException {
        Deposit deposit = deposits.ownDepositInFull(owner, reference);
        DepositedDocument letter = registeredLetter(deposit, position);
        StoredContent scan = letter.acknowledgement();
        if (scan == null) {
            throw new ProofNotFoundException("L'avis de réception de ce pli n'a pas été reçu (il n'existe que pour"
                    + " un pli distribué).",
                    "The acknowledgement of receipt of this letter has not been received (there is one only for"
                    + " a delivered letter).");
        }
        if (deposit.contentPurged()) {
            throw new ProofNotFoundException("L'avis de réception a été détruit à la fin de la durée de"
                    + " conservation du dossier.",
                    "The acknowledgement of receipt was destroyed at the end of the file's retention period.");
        }
        String extension = switch (letter.acknowledgementType()) {
            case AcknowledgementScans.PNG -> "png";
            case AcknowledgementScans.JPEG -> "jpg";
            default -> "pdf";
        };
        return new Scan(store.open(scan), letter.acknowledgementType(), scan.sizeBytes(),
                "avis-de-reception-" + reference + "-" + position + "." + extension);
    }

    private static DepositedDocument registeredLetter(Deposit deposit, int position) {
        DepositedDocument letter = deposit.documents().stream().filter(d -> d.position() == position).findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(position));
        if (!deposit.sendingType().registered()) {
            throw new ProofNotFoundException("Ce pli est un courrier simple : il n'a ni preuve de dépôt ni avis de"
                    + " réception.",
                    "This letter is standard mail: it has neither proof of deposit nor acknowledgement of receipt.");
        }
        return letter;
    }
}
