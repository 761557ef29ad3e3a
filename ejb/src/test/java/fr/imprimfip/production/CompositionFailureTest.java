package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

/**
 * What production tells the administrators of a failure (a lot that could not be composed, a file the print file
 * cannot read): its kind and place, never its message.
 */
class CompositionFailureTest {

    @Test
    void aFailureIsToldByItsKindAndPlaceAndThoseOfItsCausesNeverByItsMessage() {
        FileSystemException full = new FileSystemException("/var/imprimfip/work/Jeanne-Martin-12-rue-des-Lilas.pdf",
                null, "No space left on device");
        UncheckedIOException wrapped = new UncheckedIOException("Cannot write the print file of LOT-7", full);
        EJBException thrown = new EJBException(wrapped);

        String told = FailureKindAndPlace.of(thrown, 4);

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

        assertEquals("java.lang.IllegalStateException", FailureKindAndPlace.of(bare, 4));
    }

    @Test
    void aFileThePrintFileCannotReadIsToldByItsReadersFailureAloneWithoutItsMessage() {
        IllegalStateException parser = new IllegalStateException("unexpected token 'Jeanne Martin'",
                new java.io.IOException("cause"));

        String told = assertThrows(UnreadableSourceException.class,
                () -> UnreadableSourceException.reading(() -> { throw parser; })).getMessage();

        assertTrue(told.startsWith("the print file's reader failed: java.lang.IllegalStateException at "), told);
        assertFalse(told.contains("Jeanne") || told.contains("caused by"), told);
    }

    @Test
    void aLongChainIsCutAfterFourKinds() {
        Throwable chain = new IllegalStateException("0");
        for (int i = 1; i < 10; i++) {
            chain = new RuntimeException(String.valueOf(i), chain);
        }

        assertEquals(4, FailureKindAndPlace.of(chain, 4).split("java\\.lang\\.").length - 1);
    }
}
