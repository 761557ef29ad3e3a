package fr.imprimfip.lre;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositAnnex;
import fr.imprimfip.deposit.DepositedDocument;

/**
 * The PDF an electronic registered letter's recipient receives: the letter's pages of the deposited file, then every
 * page of the file's annexes (the analysis counts them in the letter's pages, as a printed letter carries them). The same
 * bytes every time (the file identifier derives from the letter, not from the time of writing), so that the
 * SHA-256 digest its proofs state is the digest of what the recipient downloads.
 */
final class LetterPdf {

    private LetterPdf() {
    }

    static byte[] of(ContentStore store, Deposit deposit, ElectronicLetter letter) throws IOException {
        DepositedDocument document = deposit.documents().stream().filter(d -> d.position() == letter.position())
                .findFirst().orElseThrow();
        List<DepositAnnex> annexes = deposit.annexes();
        int annexPages = annexes.stream().mapToInt(a -> a.pageCount() == null ? 0 : a.pageCount()).sum();
        List<Path> annexFiles = new ArrayList<>();
        return store.withPlainCopy(deposit.content(), file -> withAnnexes(store, annexes, annexFiles,
                none -> pages(file, document.firstPage(), document.pageCount() - annexPages, annexFiles,
                        letter.id())));
    }

    /** Plain copies of the annexes, added to {@code plain} and kept while {@code work} runs. */
    private static byte[] withAnnexes(ContentStore store, List<DepositAnnex> annexes, List<Path> plain,
                                      ContentStore.PlainWork<byte[]> work) throws IOException {
        if (plain.size() == annexes.size()) {
            return work.apply(null);
        }
        return store.withPlainCopy(annexes.get(plain.size()).content(), copy -> {
            plain.add(copy);
            return withAnnexes(store, annexes, plain, work);
        });
    }

    private static byte[] pages(Path file, int firstPage, int ownPages, List<Path> annexes, long letterId)
            throws IOException {
        List<PDDocument> opened = new ArrayList<>();
        try (PDDocument source = load(file); PDDocument letter = new PDDocument()) {
            for (int page = firstPage; page < firstPage + ownPages; page++) {
                letter.importPage(source.getPage(page - 1));
            }
            for (Path annex : annexes) {
                PDDocument pages = load(annex);
                opened.add(pages);
                for (int page = 0; page < pages.getNumberOfPages(); page++) {
                    letter.importPage(pages.getPage(page));
                }
            }
            letter.setDocumentId(letterId);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            letter.save(out);
            return out.toByteArray();
        } finally {
            for (PDDocument pages : opened) {
                pages.close();
            }
        }
    }

    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                MemoryUsageSetting.setupTempFileOnly().setTempDir(file.toAbsolutePath().getParent().toFile())
                        .streamCache);
    }
}
