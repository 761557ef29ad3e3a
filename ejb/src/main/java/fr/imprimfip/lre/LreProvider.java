package fr.imprimfip.lre;

import java.time.Instant;
import java.util.List;

/**
 * What a qualified electronic registered delivery provider does for a letter: notify the recipient, verify who they
 * are, record their acceptance, refusal or negligence, and give the dated facts that prove each step. The platform's
 * own provider ({@link PlatformLreProvider}) does it by e-mail and one-time codes; a qualified provider would plug in
 * here, selected by {@code imprimfip.lre.provider}. Calls run in the caller's transaction, the letter managed.
 */
public interface LreProvider {

    /** The name {@code imprimfip.lre.provider} selects this provider by. */
    String name();

    /** Tells the recipient a registered letter awaits; whether it reached them is recorded on the letter later. */
    void notifyRecipient(ElectronicLetter letter, Instant now);

    /** Sends the recipient a proof of identity to give back (a one-time code); refused past the day's limit. */
    void sendIdentityCheck(ElectronicLetter letter, Instant now);

    /** Verifies what the recipient gave back; throws {@link CodeRefusedException} when it is wrong. */
    void verifyIdentity(ElectronicLetter letter, String answer, Instant now);

    /** Records the recipient's decision (or its absence at the deadline) and tells the recipient what follows. */
    void recordDecision(ElectronicLetter letter, Decision decision, Instant now);

    /** Sends the recipient a fresh link to the letter; false when the day's limit is reached. */
    boolean sendNewLink(ElectronicLetter letter, Instant now);

    /** The dated facts of the letter's delivery, in order: what its proofs state. */
    List<Evidence> evidence(ElectronicLetter letter);

    /** The recipient's decision, or its absence. */
    enum Decision { ACCEPTED, REFUSED, NEGLECTED }

    /** One dated fact of a delivery. */
    record Evidence(String fact, Instant at) {
    }
}
