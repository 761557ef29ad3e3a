package fr.imprimfip.endofservice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.StoredContent;

/** The destruction certificates kept in the content store, read back for administrators. */
final class DestructionCertificates {

    private DestructionCertificates() {
    }

    static byte[] read(ContentStore store, StoredContent content) {
        try (InputStream in = store.open(content)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the destruction certificate", e);
        }
    }
}
