package fr.imprimfip.deposit;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a deposited file with PDFBox, from disk and with a temp-file stream cache (never the whole file in heap),
 * and tells whether it is a readable, unencrypted PDF and how many pages it has.
 */
public class PdfInspector {

    /** The outcome of opening a file: its page count, or why it cannot be used. */
    public record Inspection(int pageCount, String refusal) {
        public boolean usable() {
            return refusal == null;
        }
    }

    public Inspection inspect(Path file) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                return refused("Le fichier est chiffré : les PDF protégés ne sont pas acceptés.");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return refused("Le fichier ne contient aucune page.");
            }
            return new Inspection(pages, null);
        } catch (InvalidPasswordException e) {
            return refused("Le fichier est protégé par un mot de passe : les PDF protégés ne sont pas acceptés.");
        } catch (IOException | RuntimeException e) {
            return refused("Le fichier n'est pas un PDF lisible.");
        }
    }

    private static Inspection refused(String why) {
        return new Inspection(0, why);
    }
}
