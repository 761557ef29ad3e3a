package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;

import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.testing.LetterPdfs;

class PrintFileWriterTest {

    private static final String LOT = "LOT-20260302-0007";

    @TempDir
    Path dir;

    @Test
    void eachLetterStartsOnItsOwnSheetWithItsAnnexesAndEverySheetIsMarked() throws IOException {
        Path file = write("file.pdf", LetterPdfs.file().letter("A-1", 3).letter("A-2", 2).build());
        Path annex = write("annex.pdf", LetterPdfs.conformingLetter(1));
        Path print = dir.resolve("print.pdf");
        int sheetsFirst;
        int sheetsSecond;
        int pages;
        try (OutputStream out = Files.newOutputStream(print); PrintFileWriter writer = new PrintFileWriter(out)) {
            writer.coverSheet(LOT, new LotKey(Paper.DUPLEX, "DL", SendingType.STD, "P20"),
                    Instant.parse("2026-03-02T06:00:00Z"), 2, 5);
            PdfReader letters = PrintFileWriter.open(file);
            PdfReader annexes = PrintFileWriter.open(annex);
            sheetsFirst = writer.letter(LOT, 1, letters, 1, 3, List.of(annexes));
            sheetsSecond = writer.letter(LOT, 2, letters, 4, 2, List.of(annexes));
            pages = writer.pages();
            writer.release(annexes);
            writer.release(letters);
        }
        assertEquals(2, sheetsFirst, "3 pages and a 1-page annex fill two sheets");
        assertEquals(2, sheetsSecond, "2 pages and a 1-page annex: the back of the second sheet stays blank");

        try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
            assertEquals(2 + 4 + 4, pdf.getNumberOfPages(), "cover sheet, then 2 sheets per letter");
            assertEquals(pages, pdf.getNumberOfPages());
            assertTrue(text(pdf, 1).contains(LOT), "the cover names the lot");
            assertTrue(text(pdf, 3).contains(LOT + " pli 000001 feuille 1/2"));
            assertTrue(text(pdf, 3).contains("A-1"), "the letter's own content follows the cover sheet");
            assertTrue(text(pdf, 5).contains(LOT + " pli 000001 feuille 2/2"));
            assertTrue(text(pdf, 7).contains(LOT + " pli 000002 feuille 1/2"));
            assertTrue(text(pdf, 9).contains(LOT + " pli 000002 feuille 2/2"));
            assertEquals("", text(pdf, 10).strip(), "blank back after an odd page count");
            for (int page : new int[] {1, 3, 5, 7, 9}) {
                assertTrue(hasImage(pdf.getPage(page - 1)), "Data Matrix on the front of sheet page " + page);
            }
            assertTrue(!text(pdf, 4).contains(" feuille "), "backs carry no mark");
        }
    }

    private Path write(String name, byte[] pdf) throws IOException {
        return Files.write(dir.resolve(name), pdf);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static boolean hasImage(PDPage page) throws IOException {
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }
}
