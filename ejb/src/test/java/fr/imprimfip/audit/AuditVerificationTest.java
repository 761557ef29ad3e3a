package fr.imprimfip.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditVerificationTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00.123456789Z");

    @Test
    void anUntouchedChainIsIntact() {
        Chain chain = chain(4);
        AuditVerification verification = verify(walk(chain.events), chain.head);
        assertTrue(verification.intact(), verification.problems().toString());
        assertEquals(4, verification.events());
    }

    @Test
    void aModifiedFieldIsFoundAtItsEvent() {
        Chain chain = chain(4);
        AuditEvent original = chain.events.get(1);
        AuditRecord r = original.record();
        AuditRecord forged = new AuditRecord(r.occurredAt(), r.actorKind(), r.actor(), r.certificateSha256(), r.ip(),
                r.correlationId(), r.operation(), r.target(), AuditRecord.Outcome.SUCCESS, 200, null, r.durationMs());
        List<Walked> walked = walk(chain.events);
        walked.set(1, new Walked(original.chainSeq(), original.previousHash(), original.hash(), forged));
        AuditVerification verification = verify(walked, chain.head);
        assertEquals(1, verification.problems().size(), verification.problems().toString());
        assertEquals(2, verification.problems().get(0).chainSeq());
        assertTrue(verification.problems().get(0).what().contains("modifié"));
    }

    @Test
    void aDeletedEventLeavesAGapAndABrokenLink() {
        Chain chain = chain(4);
        List<Walked> walked = walk(chain.events);
        walked.remove(2);
        AuditVerification verification = verify(walked, chain.head);
        assertFalse(verification.intact());
        assertTrue(verification.problems().stream().anyMatch(p -> p.what().contains("supprimé")));
        assertTrue(verification.problems().stream().anyMatch(p -> p.what().contains("chaînage rompu")));
    }

    @Test
    void removingTheNewestEventsIsFoundThroughTheHead() {
        Chain chain = chain(4);
        List<Walked> walked = walk(chain.events);
        walked.remove(3);
        AuditVerification verification = verify(walked, chain.head);
        assertEquals(1, verification.problems().size());
        assertTrue(verification.problems().get(0).what().contains("derniers événements supprimés"));
    }

    @Test
    void eventsWithoutAHeadWereInserted() {
        Chain chain = chain(2);
        AuditVerification verification = new AuditVerification();
        verification.startChain("node-x");
        for (Walked event : walk(chain.events)) {
            verification.next(event.seq, event.seq, event.previousHash, event.hash, event.fields);
        }
        verification.endChain(null, null);
        assertFalse(verification.intact());
    }

    @Test
    void aChainWhoseOldestEventsWerePurgedStaysVerifiableFromItsAnchor() {
        Chain chain = chain(5);
        AuditEvent lastDestroyed = chain.events.get(2);
        AuditChainAnchor anchor = AuditChainAnchor.of("node-x");
        anchor.moveAfter(3, lastDestroyed.hash(), AT);
        chain.events.add(chain.head.append(AuditPurgeAttestation.of(new ExpiredAuditEvents("node-x", 1, 3),
                AT.plusSeconds(4), lastDestroyed.hash(), AT.plusSeconds(3600))));
        List<Walked> kept = walk(chain.events.subList(3, 6));

        AuditVerification verification = verify(kept, chain.head, anchor);
        assertTrue(verification.intact(), verification.problems().toString());
        assertEquals(3, verification.events());
    }

    @Test
    void anAnchorMovedByHandPastRecentEventsIsFound() {
        Chain chain = chain(5);
        AuditEvent lastDestroyed = chain.events.get(2);
        chain.events.add(chain.head.append(AuditPurgeAttestation.of(new ExpiredAuditEvents("node-x", 1, 3),
                AT.plusSeconds(4), lastDestroyed.hash(), AT.plusSeconds(3600))));
        AuditChainAnchor moved = AuditChainAnchor.of("node-x");
        moved.moveAfter(4, chain.events.get(3).hash(), AT);

        AuditVerification verification = verify(walk(chain.events.subList(4, 6)), chain.head, moved);
        assertEquals(1, verification.problems().size(), verification.problems().toString());
        assertTrue(verification.problems().get(0).what().contains("sans purge qui l'atteste"));
    }

    @Test
    void oldestEventsDeletedWithoutAnAnchorAreFound() {
        Chain chain = chain(4);
        AuditVerification verification = verify(walk(chain.events.subList(2, 4)), chain.head, null);
        assertTrue(verification.problems().stream().anyMatch(p -> p.what().contains("supprimé")),
                verification.problems().toString());
    }

    @Test
    void anAnchorOnlyMovesForward() {
        AuditChainAnchor anchor = AuditChainAnchor.of("node-x");
        anchor.moveAfter(10, "ab".repeat(32), AT);
        assertThrows(IllegalArgumentException.class,
                () -> anchor.moveAfter(5, "cd".repeat(32), AT));
        assertEquals(11, anchor.firstSeq());
    }

    @Test
    void everyFieldCountsInTheHashAndControlCharactersAreNeutralised() {
        AuditRecord a = record(1, "demo-partner");
        AuditRecord b = record(1, "demo-partner ");
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, "c", 1, a), AuditHash.of(AuditHash.GENESIS, "c", 1, b));
        AuditRecord injected = record(1, "evil\nFORGED LINE");
        assertFalse(injected.actor().contains("\n"));
        assertEquals(Instant.parse("2026-11-27T10:00:01.123456Z"), a.occurredAt(), "kept to the microsecond");
    }

    private record Chain(List<AuditEvent> events, AuditChainHead head) {
    }

    private record Walked(long seq, String previousHash, String hash, AuditRecord fields) {
    }

    private static Chain chain(int events) {
        AuditChainHead head = AuditChainHead.start("node-x");
        List<AuditEvent> appended = new ArrayList<>();
        for (int i = 1; i <= events; i++) {
            appended.add(head.append(record(i, "demo-partner")));
        }
        return new Chain(appended, head);
    }

    private static List<Walked> walk(List<AuditEvent> events) {
        List<Walked> walked = new ArrayList<>();
        for (AuditEvent event : events) {
            walked.add(new Walked(event.chainSeq(), event.previousHash(), event.hash(), event.record()));
        }
        return walked;
    }

    private static AuditVerification verify(List<Walked> walked, AuditChainHead head) {
        return verify(walked, head, null);
    }

    private static AuditVerification verify(List<Walked> walked, AuditChainHead head, AuditChainAnchor anchor) {
        AuditVerification verification = new AuditVerification();
        verification.startChain("node-x", anchor == null ? null : anchor.firstSeq(),
                anchor == null ? null : anchor.previousHash());
        for (Walked event : walked) {
            verification.next(event.seq, event.seq, event.previousHash, event.hash, event.fields);
        }
        verification.endChain(head.lastSeq(), head.lastHash());
        return verification;
    }

    private static AuditRecord record(int i, String actor) {
        return new AuditRecord(AT.plusSeconds(i), AuditRecord.ActorKind.PARTNER, actor, "ab".repeat(32), "127.0.0.1",
                "c0ffee00-0000-4000-8000-00000000000" + i, "GET FileResource.status", "ref-" + i,
                AuditRecord.Outcome.REFUSED, 404, "Aucun fichier ne correspond à cette référence.", 12L);
    }
}
