package fr.imprimfip.endofservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.imprimfip.deposit.StoredContent;

class EndOfServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final StoredContent ARCHIVE = new StoredContent("2026/12/04/a.enc", 10, "a".repeat(64));
    private static final StoredContent CERTIFICATE = new StoredContent("2026/12/04/c.enc", 5, "c".repeat(64));

    @Test
    void aReturnIsDownloadedOnceThenDestroyed() {
        EndOfService end = EndOfService.choose(7, EndOfServiceChoice.RETURN, " Courrier du 1er décembre ", "admin",
                T0);
        assertEquals("Courrier du 1er décembre", end.writtenReference());
        assertFalse(end.destructionDue(), "a return is destroyed after its download");
        assertThrows(IllegalStateException.class, () -> end.downloaded(T0), "no archive yet");
        end.archiveReady(ARCHIVE, T0.plusSeconds(1));
        assertTrue(end.archiveDownloadable());
        assertFalse(end.archiveGone());
        assertEquals(ARCHIVE, end.downloaded(T0.plusSeconds(2)));
        assertTrue(end.archiveGone());
        assertThrows(IllegalStateException.class, () -> end.downloaded(T0.plusSeconds(3)), "once only");
        assertTrue(end.destructionDue());
        end.destroyed(CERTIFICATE, T0.plusSeconds(4));
        assertEquals(EndOfServiceStatus.DESTROYED, end.status());
        assertTrue(end.archiveGone());
        assertFalse(end.destructionDue(), "destroyed once");
        assertEquals(CERTIFICATE, end.certificate().orElseThrow());
    }

    @Test
    void aDestructionIsDueAtOnceAndHasNoArchive() {
        EndOfService end = EndOfService.choose(7, EndOfServiceChoice.DESTRUCTION, "Lettre n° 12", "admin", T0);
        assertTrue(end.destructionDue());
        assertThrows(IllegalStateException.class, () -> end.archiveReady(ARCHIVE, T0));
        assertFalse(end.archiveGone(), "there never was an archive to give");
        end.destroyed(CERTIFICATE, T0);
        assertTrue(end.archive().isEmpty());
    }

    @Test
    void theWrittenReferenceIsRequiredAndFitsItsColumn() {
        assertThrows(WrittenChoiceInvalidException.class, () -> EndOfService.choose(7, EndOfServiceChoice.RETURN,
                " ", "admin", T0));
        assertThrows(WrittenChoiceInvalidException.class, () -> EndOfService.choose(7, EndOfServiceChoice.RETURN,
                null, "admin", T0));
        assertThrows(WrittenChoiceInvalidException.class, () -> EndOfService.choose(7, EndOfServiceChoice.RETURN,
                "x".repeat(EndOfService.MAX_REFERENCE + 1), "admin", T0));
        assertEquals(EndOfService.MAX_REFERENCE, EndOfService.choose(7, EndOfServiceChoice.RETURN,
                "x".repeat(EndOfService.MAX_REFERENCE), "admin", T0).writtenReference().length());
    }
}
