package fr.imprimfip.production;

import java.util.Map;

import fr.imprimfip.deposit.DocumentStatus;

/**
 * Where a partner's registered letters of one period stand: how many were deposited and accepted, how many are still
 * being produced, how many La Poste has, and how each delivery ended; and how many delivered letters still lack their
 * scanned acknowledgement of receipt.
 */
public record RegisteredOutcomes(long accepted, long inProduction, long sent, long inDelivery, long delivered,
                                 long refused, long unclaimed, long failed, long acknowledgementsMissing) {

    public static final RegisteredOutcomes NONE = new RegisteredOutcomes(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The outcomes of letters counted per status; deleted and rejected letters are not counted as accepted. */
    public static RegisteredOutcomes of(Map<DocumentStatus, Long> lettersPerStatus, long acknowledgementsMissing) {
        long inProduction = count(lettersPerStatus, DocumentStatus.PENDING)
                + count(lettersPerStatus, DocumentStatus.IN_PRODUCTION);
        long inDelivery = count(lettersPerStatus, DocumentStatus.SHIPPED)
                + count(lettersPerStatus, DocumentStatus.OUT_FOR_DELIVERY);
        long delivered = count(lettersPerStatus, DocumentStatus.DELIVERED);
        long refused = count(lettersPerStatus, DocumentStatus.REFUSED);
        long unclaimed = count(lettersPerStatus, DocumentStatus.NOT_COLLECTED);
        long failed = count(lettersPerStatus, DocumentStatus.DELIVERY_FAILED);
        long sent = inDelivery + delivered + refused + unclaimed + failed;
        if (acknowledgementsMissing < 0 || acknowledgementsMissing > delivered) {
            throw new IllegalArgumentException("Only delivered letters can lack an acknowledgement of receipt");
        }
        return new RegisteredOutcomes(inProduction + sent, inProduction, sent, inDelivery, delivered, refused,
                unclaimed, failed, acknowledgementsMissing);
    }

    public RegisteredOutcomes plus(RegisteredOutcomes other) {
        return new RegisteredOutcomes(accepted + other.accepted, inProduction + other.inProduction,
                sent + other.sent, inDelivery + other.inDelivery, delivered + other.delivered,
                refused + other.refused, unclaimed + other.unclaimed, failed + other.failed,
                acknowledgementsMissing + other.acknowledgementsMissing);
    }

    private static long count(Map<DocumentStatus, Long> lettersPerStatus, DocumentStatus status) {
        return lettersPerStatus.getOrDefault(status, 0L);
    }
}
