package fr.imprimfip.lre;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;

/**
 * The PDF an electronic registered letter's recipient receives: the letter's pages of the deposited file. The same
 * bytes every time (the file identifier derives from the letter, not from the time of writing), so that the
 * SHA-256 digest its proofs state is the digest of what the recipient downloads.
 */
final class LetterPdf {

    private LetterPdf() {
    }

    static byte[] of(ContentStore store, Deposit deposit, ElectronicLetter letter) throws IOException {
        DepositedDocument document = deposit.documents().stream().filter(d -> d.position() == letter.position())
                .findFirst().orElseThrow();
        return store.withPlainCopy(deposit.content(), file -> pages(file, document.firstPage(),
                document.pageCount(), letter.id()));
    }

    private static byte[] pages(Path file, int firstPage, int pageCount, long letterId) throws IOException {
        try (PDDocument source = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                MemoryUsageSetting.setupTempFileOnly().setTempDir(file.toAbsolutePath().getParent().toFile())
                        .streamCache);
             PDDocument letter = new PDDocument()) {
            for (int page = firstPage; page < firstPage + pageCount; page++) {
                letter.importPage(source.getPage(page - 1));
            }
            letter.setDocumentId(letterId);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            letter.save(out);
            return out.toByteArray();
        }
    }
}
