package fr.imprimfip.charter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import fr.imprimfip.audit.LogCorrelation;

/**
 * Checks a deposited file against the print charter and splits it into letters. The file is read from disk with a
 * temp-file stream cache (never whole in heap) in one text pass, or, for a large file and when an executor is given,
 * in several passes over consecutive page ranges run in parallel, each on its own copy of the document; whatever
 * the file holds, the outcome is a report, never an exception: hostile or broken files are refused with their rule.
 */
public class CharterAnalyzer {

    /** Below this many pages a file is read in one pass: opening the document again would cost more than it saves. */
    static final int PAGES_PER_PARALLEL_PASS = 1_000;

    private final CharterSettings settings;
    private final Executor executor;
    private final int parallelism;

    /** An analyser reading every file in one pass. */
    public CharterAnalyzer(CharterSettings settings) {
        this(settings, Runnable::run, 1);
    }

    /**
     * An analyser reading large files in up to {@code parallelism} passes, the first in the calling thread, the
     * others on {@code executor}. A pass the executor has not started when the calling thread is free is run by the
     * calling thread itself, so that a saturated executor slows an analysis down but never blocks it.
     */
    public CharterAnalyzer(CharterSettings settings, Executor executor, int parallelism) {
        this.settings = settings;
        this.executor = executor;
        this.parallelism = Math.max(1, parallelism);
    }

    /** Analyses {@code file}; a file without any business reference is one letter named {@code fileReference}. */
    public CharterReport analyse(Path file, String fileReference) {
        return analyse(file, fileReference, Annexes.NONE);
    }

    /**
     * Checks one annex by the rules an annex is held to. The report's only letter, when the annex is acceptable,
     * carries its pages and warnings; a refused annex is a refused report.
     */
    public AnnexReport analyseAnnex(Path annex) {
        CharterReport report = analyse(annex, "annexe", Annexes.NONE);
        if (report.fileRefused()) {
            return new AnnexReport(0, List.of(), report.fileRefusal());
        }
        int pages = report.letters().stream().mapToInt(letter -> letter.facts().pages()).sum();
        List<Finding> findings = report.letters().stream().flatMap(letter -> letter.findings().stream())
                .filter(Annexes::concernsAnnex).distinct().toList();
        String refusal = Finding.describe(findings, Severity.ERROR);
        return new AnnexReport(pages, findings.stream().filter(f -> !f.error()).toList(), refusal);
    }

    /** What an annex adds to each letter, or why it is refused. */
    public record AnnexReport(int pages, List<Finding> warnings, String refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    /** Analyses {@code file}, each letter followed by {@code annexes}. */
    public CharterReport analyse(Path file, String fileReference, Annexes annexes) {
        return analyse(file, fileReference, annexes, null);
    }

    /**
     * Analyses the file of a {@code registered} letter (null: any other file): it must hold one letter (REC-001),
     * whose window reads the registered recipient's address (REC-002) when it is a paper letter.
     */
    public CharterReport analyse(Path file, String fileReference, Annexes annexes, RegisteredLetter registered) {
        WorkBudget budget = WorkBudget.startingNow(settings.workLimits());
        try (PDDocument document = load(file)) {
            if (document.isEncrypted()) {
                return CharterReport.refused(Finding.of(CharterRule.ENCRYPTED));
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return CharterReport.refused(Finding.of(CharterRule.NO_PAGE));
            }
            if (pages > settings.maxPagesPerFile()) {
                return CharterReport.refused(Finding.at(CharterRule.TOO_MANY_PAGES,
                        pages + " pages, " + settings.maxPagesPerFile() + " au plus"));
            }
            StructureChecks structure = new StructureChecks();
            List<Finding> fileFindings = new ArrayList<>(structure.document(document));
            LetterAssembler letters = new LetterAssembler(settings);
            int pagesRead = 0;
            for (List<PageRead> range : read(file, document, budget, structure, pages)) {
                for (PageRead page : range) {
                    pagesRead++;
                    page.findings().stream().filter(StructureChecks::concernsFile).forEach(fileFindings::add);
                    letters.accept(new PageRead(page.pageNumber(), page.reference(), page.windowLines(),
                            page.findings().stream().filter(f -> !StructureChecks.concernsFile(f)).toList()));
                }
            }
            if (pagesRead != pages) {
                return CharterReport.refused(Finding.at(CharterRule.PAGES_UNREADABLE,
                        (pages - pagesRead) + " sur " + pages));
            }
            List<Finding> distinct = fileFindings.stream().distinct().toList();
            if (distinct.stream().anyMatch(Finding::error)) {
                return new CharterReport(distinct, List.of());
            }
            List<LetterReport> letterReports = letters.letters(fileReference, annexes, registered);
            if (registered != null && letterReports.size() > 1) {
                List<Finding> refused = new ArrayList<>(distinct);
                refused.add(registered.severalLetters(letterReports.size()));
                return new CharterReport(refused, List.of());
            }
            return new CharterReport(distinct, letterReports);
        } catch (InvalidPasswordException e) {
            return CharterReport.refused(Finding.of(CharterRule.ENCRYPTED));
        } catch (WorkBudget.Exceeded e) {
            return CharterReport.refused(e.finding());
        } catch (StackOverflowError e) {
            return CharterReport.refused(Finding.at(CharterRule.TOO_COMPLEX, "structure trop imbriquée"));
        } catch (OutOfMemoryError e) {
            // what the file made PDFBox hold is unreachable once its document is closed: the node goes on
            return CharterReport.refused(Finding.at(CharterRule.TOO_COMPLEX, "mémoire nécessaire démesurée"));
        } catch (IOException | RuntimeException e) {
            // a read cut short by the deadline or a cancellation is not the file's fault as a PDF
            boolean cancelled = Thread.interrupted();
            return CharterReport.refused(budget.overdue() || cancelled ? budget.timeRefusal()
                    : Finding.of(CharterRule.NOT_A_PDF));
        }
    }

    /** The pages read, range after range in page order. */
    private List<List<PageRead>> read(Path file, PDDocument document, WorkBudget budget, StructureChecks structure,
                                      int pages) throws IOException {
        int passes = Math.min(parallelism, Math.max(1, pages / PAGES_PER_PARALLEL_PASS));
        int perPass = (pages + passes - 1) / passes;
        List<FutureTask<List<PageRead>>> others = new ArrayList<>();
        for (int first = 1 + perPass; first <= pages; first += perPass) {
            int from = first;
            int to = Math.min(pages, first + perPass - 1);
            FutureTask<List<PageRead>> pass = new FutureTask<>(() -> {
                try (PDDocument copy = load(file)) {
                    return readRange(copy, budget, new StructureChecks(), from, to);
                }
            });
            others.add(pass);
            executor.execute(LogCorrelation.carried(pass));
        }
        List<List<PageRead>> ranges = new ArrayList<>();
        try {
            ranges.add(readRange(document, budget, structure, 1, Math.min(pages, perPass)));
            for (FutureTask<List<PageRead>> pass : others) {
                pass.run();
                ranges.add(outcome(pass));
            }
            return ranges;
        } finally {
            others.forEach(pass -> pass.cancel(true));
        }
    }

    private List<PageRead> readRange(PDDocument document, WorkBudget budget, StructureChecks structure, int from,
                                     int to) throws IOException {
        List<PageRead> read = new ArrayList<>();
        LetterTextPass pass = new LetterTextPass(settings, budget, structure, read::add);
        pass.setStartPage(from);
        pass.setEndPage(to);
        pass.run(document);
        return read;
    }

    /** What a parallel pass read, or the failure it met, as if the calling thread had met it. */
    private static List<PageRead> outcome(FutureTask<List<PageRead>> pass) throws IOException {
        try {
            return pass.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Analysis interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /**
     * Opens a file with PDFBox's scratch files in the file's own directory rather than the JVM's temporary one: the
     * platform reads only its plaintext work copies, whose directory it owns and sweeps (ContentStore), so what PDFBox
     * writes there never outlives a crash either.
     */
    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                MemoryUsageSetting.setupTempFileOnly().setTempDir(file.toAbsolutePath().getParent().toFile())
                        .streamCache);
    }
}
