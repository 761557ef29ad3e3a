package fr.imprimfip.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks chains of events and says where they are broken: an event whose fields no longer give its hash
 * (modified), one that does not follow its predecessor's hash (inserted or moved), a gap in the numbering
 * (deleted), a chain that ends before its recorded head (newest events deleted) or without any head (inserted), a
 * chain that starts past its first events without an anchor attested by a purge event of the chain (oldest events
 * deleted outside the retention purge).
 * Plain Java, so that the independent command and the platform check events the same way.
 */
public final class AuditVerification {

    /** Where a chain is broken. */
    public record Problem(String chainId, long chainSeq, Long eventId, String what) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private long events;
    private String chainId;
    private long expectedSeq;
    private String expectedPrevious;
    private Long anchorSeq;
    private String anchorHash;
    private boolean anchorAttested;

    /** Starts walking a chain from its first event. */
    public void startChain(String chain) {
        startChain(chain, null, null);
    }

    /**
     * Starts walking a chain whose oldest events were purged: it starts at {@code firstSeq}, after the event whose
     * hash was {@code previousHash} (both null when nothing was ever purged).
     */
    public void startChain(String chain, Long firstSeq, String previousHash) {
        chainId = chain;
        anchorSeq = firstSeq;
        anchorHash = previousHash;
        anchorAttested = false;
        expectedSeq = firstSeq == null ? 1 : firstSeq;
        expectedPrevious = firstSeq == null ? AuditHash.GENESIS : previousHash;
    }

    /** The next event of the chain being walked, in increasing {@code chainSeq}. */
    public void next(long eventId, long chainSeq, String previousHash, String hash, AuditRecord fields) {
        events++;
        if (chainSeq != expectedSeq) {
            problems.add(new Problem(chainId, expectedSeq, null, "événement(s) n° " + expectedSeq + " à "
                    + (chainSeq - 1) + " absent(s) : supprimé(s)"));
        }
        if (!previousHash.equals(expectedPrevious)) {
            problems.add(new Problem(chainId, chainSeq, eventId, "ne suit pas l'événement précédent : chaînage rompu"));
        }
        if (!AuditHash.of(previousHash, chainId, chainSeq, fields).equals(hash)) {
            problems.add(new Problem(chainId, chainSeq, eventId, "contenu modifié : l'empreinte ne correspond plus"));
        }
        if (anchorSeq != null && AuditPurgeAttestation.attests(fields, chainId, anchorSeq, anchorHash)) {
            anchorAttested = true;
        }
        expectedSeq = chainSeq + 1;
        expectedPrevious = hash;
    }

    /** The chain ends here; its head recorded {@code lastSeq} and {@code lastHash} (null when it has no head). */
    public void endChain(Long lastSeq, String lastHash) {
        if (anchorSeq != null && !anchorAttested) {
            problems.add(new Problem(chainId, anchorSeq, null, "début de chaîne au n° " + anchorSeq + " sans purge"
                    + " qui l'atteste : événements anciens supprimés"));
        }
        if (lastSeq == null) {
            problems.add(new Problem(chainId, expectedSeq - 1, null, "chaîne sans tête : événements insérés"));
        } else if (lastSeq != expectedSeq - 1) {
            problems.add(new Problem(chainId, expectedSeq, null, "la chaîne s'arrête au n° " + (expectedSeq - 1)
                    + " au lieu du n° " + lastSeq + " : derniers événements supprimés"));
        } else if (!lastHash.equals(expectedPrevious)) {
            problems.add(new Problem(chainId, lastSeq, null, "la tête de chaîne ne correspond pas au dernier"
                    + " événement"));
        }
    }

    public long events() {
        return events;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
