package fr.imprimfip.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit event: SHA-256 over the previous event's hash and every field of the event, each field
 * length-prefixed (a missing one marked -1) so that no two different events share a canonical form. The first
 * event of a chain follows 64 zeros. The independent verification command computes it the same way.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, String chainId, long chainSeq, AuditRecord event) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {previousHash, chainId, chainSeq, event.occurredAt(), event.actorKind(),
                event.actor(), event.certificateSha256(), event.ip(), event.correlationId(), event.operation(),
                event.target(), event.outcome(), event.httpStatus(), event.reason(), event.durationMs()}) {
            if (field == null) {
                canonical.append("-1;");
            } else {
                String text = field.toString();
                canonical.append(text.length()).append(':').append(text).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
