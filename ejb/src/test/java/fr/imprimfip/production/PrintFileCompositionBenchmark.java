package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.junit.jupiter.api.Test;
import com.lowagie.text.pdf.PdfReader;

import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Print-file composition against a bare PDFBox merge of the same pages, in the same run, twice each in turn: a lot
 * of {@code bench.timed-pages} pages (20,000 by default) made of files of 2,500 letters of 2 pages, each letter
 * written with its sheet marks (a Data Matrix and a readable line on every sheet's front) and the lot's cover
 * sheet, as the print centre receives it. Then a lot of {@code bench.pages} pages (100,000) composed with the heap
 * read after a full collection every file: the print file is written as it goes, never held in memory. Not a unit
 * test (its name is outside Surefire's patterns); see docs/benchmarks.md: {@code ./mvnw -B -pl ejb -am test
 * -Dtest=PrintFileCompositionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PrintFileCompositionBenchmark {

    /** The pages of the lot whose heap is followed. */
    private static final int PAGES = Integer.getInteger("bench.pages", 100_000);
    /** The pages of the lots timed against the bare merge (PDFBox's merge of 20 files slows more than linearly). */
    private static final int TIMED_PAGES = Integer.getInteger("bench.timed-pages", 20_000);
    private static final int LETTERS_PER_FILE = 2_500;
    private static final int PAGES_PER_LETTER = 2;
    private static final String LOT = "LOT-20261204-0001";
    private static final int HEAP_EVERY_LETTERS = 250;

    @Test
    void compositionAgainstABareMerge() throws IOException {
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Path source = dir.resolve("lot-source-" + LETTERS_PER_FILE + ".pdf");
        if (!Files.exists(source)) {
            LetterPdfs file = LetterPdfs.file();
            for (int i = 0; i < LETTERS_PER_FILE; i++) {
                file.letter(String.format("C%06d", i), PAGES_PER_LETTER);
            }
            Files.write(source, file.build());
        }
        int pagesPerFile = LETTERS_PER_FILE * PAGES_PER_LETTER;
        int timedFiles = Math.max(1, TIMED_PAGES / pagesPerFile);
        int timedPages = timedFiles * pagesPerFile;
        int files = Math.max(1, PAGES / pagesPerFile);

        merge(source, 1, dir.resolve("warm-merge.pdf"));
        compose(source, 1, dir.resolve("warm-print.pdf"), null);
        double merged = timedPages / seconds(() -> merge(source, timedFiles, dir.resolve("merge.pdf")));
        List<Long> noHeap = null;
        double composed = timedPages / seconds(() -> compose(source, timedFiles, dir.resolve("print.pdf"), noHeap));
        double mergedAgain = timedPages / seconds(() -> merge(source, timedFiles, dir.resolve("merge.pdf")));
        double composedAgain = timedPages / seconds(() -> compose(source, timedFiles, dir.resolve("print.pdf"),
                noHeap));
        List<Long> heap = new ArrayList<>();
        double large = files * pagesPerFile / seconds(() -> compose(source, files, dir.resolve("large-print.pdf"),
                heap));

        List<Long> heapByObject = new ArrayList<>();
        double byObject = pagesPerFile / seconds(() -> composeReadObjectByObject(source,
                dir.resolve("print-by-object.pdf"), heapByObject));

        double bare = (merged + mergedAgain) / 2;
        double composition = (composed + composedAgain) / 2;
        String report = String.format("%d processors, max heap %d MB; files of %d letters of %d pages%n"
                        + "  %d pages: bare PDFBox merge %.0f and %.0f pages/s; print-file composition (cover sheet,"
                        + " sheet marks) %.0f and %.0f pages/s%n"
                        + "  ratio composition / bare merge: %.2f%n"
                        + "  %d pages composed (with a full collection after each file): %.0f pages/s, %.1f MB;"
                        + " heap after each file (MB): %s%n"
                        + "  one file of %d pages read object by object (as a file over %d MB is): %.0f pages/s;"
                        + " heap every %d pages (MB): %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, LETTERS_PER_FILE,
                PAGES_PER_LETTER, timedPages, merged, mergedAgain, composed, composedAgain, composition / bare,
                files * pagesPerFile, large, Files.size(dir.resolve("large-print.pdf")) / 1e6, heap,
                pagesPerFile, PrintFileWriter.FULL_PARSE_LIMIT >> 20, byObject, HEAP_EVERY_LETTERS * PAGES_PER_LETTER,
                heapByObject);
        Files.writeString(dir.resolve("print-file-composition.txt"), report);
        System.out.println(report);
    }

    /** The bare baseline: PDFBox appends the files' pages into one, buffering in temporary files. */
    private static void merge(Path source, int files, Path out) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (int i = 0; i < files; i++) {
            merger.addSource(source.toFile());
        }
        merger.setDestinationFileName(out.toString());
        merger.mergeDocuments(MemoryUsageSetting.setupTempFileOnly().streamCache);
    }

    /** The lot's print file, as the composer writes it; {@code heap}, when given, read after each file. */
    private static void compose(Path source, int files, Path out, List<Long> heap) throws IOException {
        int letters = files * LETTERS_PER_FILE;
        try (OutputStream stream = Files.newOutputStream(out); PrintFileWriter writer = new PrintFileWriter(stream)) {
            writer.coverSheet(LOT, new LotKey(Paper.DUPLEX, "DL", SendingType.STD, "P20"),
                    Instant.parse("2026-12-04T06:00:00Z"), letters, letters);
            int sequence = 0;
            for (int f = 0; f < files; f++) {
                PdfReader file = PrintFileWriter.open(source);
                for (int letter = 0; letter < LETTERS_PER_FILE; letter++) {
                    writer.letter(LOT, ++sequence, file, 1 + letter * PAGES_PER_LETTER, PAGES_PER_LETTER, List.of());
                }
                writer.release(file);
                if (heap != null) {
                    System.gc();
                    heap.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
                }
            }
            assertEquals(2 + files * LETTERS_PER_FILE * PAGES_PER_LETTER, writer.pages(), "cover sheet and letters");
        }
    }

    /**
     * One file's letters composed from a reader that reads it object by object, as the composer reads a file too
     * large to parse whole; {@code heap} read every {@link #HEAP_EVERY_LETTERS} letters, the file still open.
     */
    private static void composeReadObjectByObject(Path source, Path out, List<Long> heap) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out); PrintFileWriter writer = new PrintFileWriter(stream)) {
            PdfReader file = PrintFileWriter.open(source, 0);
            for (int letter = 0; letter < LETTERS_PER_FILE; letter++) {
                writer.letter(LOT, letter + 1, file, 1 + letter * PAGES_PER_LETTER, PAGES_PER_LETTER, List.of());
                if ((letter + 1) % HEAP_EVERY_LETTERS == 0) {
                    System.gc();
                    heap.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
                }
            }
            writer.release(file);
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static double seconds(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
