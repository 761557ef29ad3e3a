package fr.imprimfip.charter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks a deposited file against the print charter and splits it into letters. The file is read from disk with a
 * temp-file stream cache (never whole in heap) in a single text pass; whatever the file holds, the outcome is a
 * report, never an exception: hostile or broken files are refused with their rule.
 */
public class CharterAnalyzer {

    private final CharterSettings settings;

    public CharterAnalyzer(CharterSettings settings) {
        this.settings = settings;
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
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
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
            int[] pagesRead = {0};
            new LetterTextPass(settings, structure, page -> {
                pagesRead[0]++;
                page.findings().stream().filter(StructureChecks::concernsFile).forEach(fileFindings::add);
                letters.accept(new PageRead(page.pageNumber(), page.reference(), page.windowLines(),
                        page.findings().stream().filter(f -> !StructureChecks.concernsFile(f)).toList()));
            }).run(document);
            if (pagesRead[0] != pages) {
                return CharterReport.refused(Finding.at(CharterRule.PAGES_UNREADABLE,
                        (pages - pagesRead[0]) + " sur " + pages));
            }
            List<Finding> distinct = fileFindings.stream().distinct().toList();
            if (distinct.stream().anyMatch(Finding::error)) {
                return new CharterReport(distinct, List.of());
            }
            return new CharterReport(distinct, letters.letters(fileReference, annexes));
        } catch (InvalidPasswordException e) {
            return CharterReport.refused(Finding.of(CharterRule.ENCRYPTED));
        } catch (LetterTextPass.TooComplexException | StackOverflowError e) {
            return CharterReport.refused(Finding.of(CharterRule.TOO_COMPLEX));
        } catch (IOException | RuntimeException e) {
            return CharterReport.refused(Finding.of(CharterRule.NOT_A_PDF));
        }
    }
}
