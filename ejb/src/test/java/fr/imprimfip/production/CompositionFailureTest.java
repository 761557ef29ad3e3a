package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

/** What the alert of a lot that could not be composed says of the failure: its kind and place, never its message. */
class CompositionFailureTest {

    @Test
    void aFailureIsToldByItsKindAndPlaceAndThoseOfItsCausesNeverByItsMessage() {
        FileSystemException full = new FileSystemException("/var/imprimfip/work/Jeanne-Martin-12-rue-des-Lilas.pdf",
                null, "No space left on device");
        UncheckedIOException wrapped = new UncheckedIOException("Cannot write the print file of LOT-7", full);
        EJBException thrown = new EJBException(wrapped);

        String told = PrintLots.kindAndPlace(thrown);

        assertTrue(told.startsWith("jakarta.ejb.EJBException at fr.imprimfip.production.CompositionFailureTest."),
                told);
        assertTrue(told.contains(", caused by java.io.UncheckedIOException at "), told);
        assertTrue(told.contains(", caused by java.nio.file.FileSystemException at "), told);
        for (String message : new String[] {"Jeanne", "Lilas", "No space", "LOT-7"}) {
            assertFalse(told.contains(message), told);
        }
    }

    @Test
    void aFailureWithoutFramesOrCausesIsToldByItsKind() {
        IllegalStateException bare = new IllegalStateException("quoted text");
        bare.setStackTrace(new StackTraceElement[0]);

        assertEquals("java.lang.IllegalStateException", PrintLots.kindAndPlace(bare));
    }

    @Test
    void aLongChainIsCutAfterFourKinds() {
        Throwable chain = new IllegalStateException("0");
        for (int i = 1; i < 10; i++) {
            chain = new RuntimeException(String.valueOf(i), chain);
        }

        assertEquals(4, PrintLots.kindAndPlace(chain).split("java\\.lang\\.").length - 1);
    }
}
