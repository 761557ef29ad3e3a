package fr.imprimfip.production;

import java.io.IOException;

import fr.imprimfip.shared.InternalFailure;

/**
 * The print file, or the scratch file its offsets wait in, could not be written or read back: the platform's
 * trouble (a full disk, a failing volume), never a deposited file's. The lot is composed again later.
 */
@InternalFailure
final class PrintFileWriteException extends IOException {

    PrintFileWriteException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
