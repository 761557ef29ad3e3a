package fr.imprimfip.production;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedChannelException;

import fr.imprimfip.shared.InternalFailure;

/**
 * A deposited file the print file cannot read as the analysis did: its pages are not the ones the analysis counted,
 * or reading one of its objects failed. The deposit's fault, not the platform's: its letters are left out of the
 * lot. The message says what failed and where, never what the file holds (a parser's message may quote it).
 */
@InternalFailure
final class UnreadableSourceException extends IOException {

    UnreadableSourceException(String message) {
        super(message);
    }

    private UnreadableSourceException(Throwable failure) {
        super("the print file's reader failed: " + FailureKindAndPlace.of(failure, 1));
        setStackTrace(failure.getStackTrace());
    }

    /** Reads from a deposited file: what fails there is the file's doing, but for the node stopping under it. */
    static <T> T reading(Read<T> read) throws IOException {
        try {
            return read.get();
        } catch (UnreadableSourceException | PrintFileWriteException | ClosedChannelException
                 | InterruptedIOException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            throw new UnreadableSourceException(e);
        }
    }

    /** A read from a deposited file. */
    @FunctionalInterface
    interface Read<T> {
        T get() throws IOException;
    }
}
