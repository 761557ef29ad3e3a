package fr.imprimfip.lre.proof;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import fr.imprimfip.registered.RecipientInformation;

/**
 * What a proof attests, as the platform recorded it: the step and its time, the letter, its sender and recipient,
 * and the times of the letter's earlier steps. The facts are checked here, so that a proof is never issued from
 * incomplete or contradictory ones.
 *
 * @param eventAt when the step happened (the deposit, the notification, the answer, the deadline passing, the
 *        notification e-mail bouncing)
 * @param recipient the recipient as the letter names them, checked with the deposit
 * @param notifiedAt when the recipient was notified; required once the recipient was (every kind but
 *        {@link ProofKind#DEPOSIT} and {@link ProofKind#UNDELIVERABLE}), null or the last attempt otherwise
 * @param deadline until when the recipient may accept or refuse; required with {@code notifiedAt}
 * @param provider the name of the provider delivering the letter
 */
public record ProofFacts(ProofKind kind, Instant eventAt, Letter letter, Sender sender,
                         RecipientInformation recipient, Instant depositedAt, Instant notifiedAt, Instant deadline,
                         String provider) {

    public ProofFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventAt, "eventAt");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(depositedAt, "depositedAt");
        provider = required(provider, "provider");
        if (eventAt.isBefore(depositedAt)) {
            throw new IllegalArgumentException("the " + kind + " event precedes the letter's deposit");
        }
        if (kind.notified() && (notifiedAt == null || deadline == null)) {
            throw new IllegalArgumentException("a " + kind + " proof needs the notification time and deadline");
        }
        if (notifiedAt != null && (notifiedAt.isBefore(depositedAt) || notifiedAt.isAfter(eventAt))) {
            throw new IllegalArgumentException("the notification time lies outside the deposit and the event");
        }
        if (deadline != null && (notifiedAt == null || !deadline.isAfter(notifiedAt))) {
            throw new IllegalArgumentException("the deadline does not follow a notification");
        }
        if (kind == ProofKind.NEGLECT && eventAt.isBefore(deadline)) {
            throw new IllegalArgumentException("a letter is not neglected before its deadline");
        }
    }

    /**
     * The letter's identifiers and the digest of the exact PDF its recipient receives.
     *
     * @param lreId the platform's identifier of the electronic registered letter
     * @param depositRef the technical reference of the deposit the letter came in
     * @param businessRef the sender's own reference of the letter
     * @param position the letter's position in its deposited file, from 0
     * @param sha256 the SHA-256 digest of the PDF the recipient receives, in hexadecimal
     */
    public record Letter(String lreId, String depositRef, String businessRef, int position, String sha256) {

        private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

        public Letter {
            lreId = required(lreId, "lreId");
            depositRef = required(depositRef, "depositRef");
            businessRef = required(businessRef, "businessRef");
            if (position < 0) {
                throw new IllegalArgumentException("negative position " + position);
            }
            sha256 = required(sha256, "sha256").toLowerCase(Locale.ROOT);
            if (!SHA_256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("not a SHA-256 digest in hexadecimal: " + sha256);
            }
        }
    }

    /** The partner who sent the letter. */
    public record Sender(String partnerName, String siret, String clientId) {

        public Sender {
            partnerName = required(partnerName, "partnerName");
            siret = required(siret, "siret");
            clientId = required(clientId, "clientId");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }
}
