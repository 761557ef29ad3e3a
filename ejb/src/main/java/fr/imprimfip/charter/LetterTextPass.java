package fr.imprimfip.charter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One text-extraction pass over the whole file, doing the per-page work in {@code startPage}/{@code writeString}/
 * {@code endPage}: the business reference written on each page, the lines printed inside the envelope window, and
 * the page's structural findings. Each page is handed over as soon as it is read.
 */
final class LetterTextPass extends PDFTextStripper {

    private static final double POINTS_PER_MM = 72 / 25.4;

    /** Operators and glyphs are handed to the shared budget by this many, to keep its counters off the hot path. */
    private static final int SPENDING_BATCH = 4096;

    private final CharterSettings settings;
    private final WorkBudget budget;
    private final StructureChecks structure;
    private final Consumer<PageRead> pages;
    private final double windowLeft;
    private final double windowTop;
    private final double windowRight;
    private final double windowBottom;

    private final StringBuilder pageText = new StringBuilder();
    private final List<TextPosition> windowGlyphs = new ArrayList<>();
    private List<Finding> pageFindings;
    private long operators;
    private int unspentOperators;
    private int unspentGlyphs;

    LetterTextPass(CharterSettings settings, WorkBudget budget, StructureChecks structure, Consumer<PageRead> pages) {
        this.settings = settings;
        this.budget = budget;
        this.structure = structure;
        this.pages = pages;
        this.windowLeft = settings.windowLeftMm() * POINTS_PER_MM;
        this.windowTop = settings.windowTopMm() * POINTS_PER_MM;
        this.windowRight = (settings.windowLeftMm() + settings.windowWidthMm()) * POINTS_PER_MM;
        this.windowBottom = (settings.windowTopMm() + settings.windowHeightMm()) * POINTS_PER_MM;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** Runs the pass; the text itself is not written anywhere. */
    void run(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageText.setLength(0);
        windowGlyphs.clear();
        operators = 0;
        budget.checkTime();
        pageFindings = structure.page(page, getCurrentPageNo());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > budget.limits().operatorsPerPage()) {
            throw new WorkBudget.Exceeded(Finding.onPage(CharterRule.TOO_COMPLEX, getCurrentPageNo()));
        }
        if (++unspentOperators == SPENDING_BATCH) {
            budget.spendOperators(unspentOperators);
            unspentOperators = 0;
        }
        if (OperatorName.SET_FONT_AND_SIZE.equals(operator.getName()) && !operands.isEmpty()
                && operands.get(0) instanceof COSName font && getResources() != null) {
            // a font of a form or of a glyph procedure is met here only, not among the page's resources
            structure.checkToUnicode(getResources(), font);
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        if (++unspentGlyphs == SPENDING_BATCH) {
            budget.spendGlyphs(unspentGlyphs);
            unspentGlyphs = 0;
        }
        super.processTextPosition(glyph);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        pageText.append(text).append('\n');
        for (TextPosition glyph : positions) {
            double x = glyph.getXDirAdj();
            double y = glyph.getYDirAdj();
            if (x >= windowLeft && x < windowRight && y >= windowTop && y <= windowBottom) {
                windowGlyphs.add(glyph);
            }
        }
    }

    @Override
    protected void endPage(PDPage page) {
        Matcher reference = settings.referencePattern().matcher(PrintedText.normalise(pageText));
        pages.accept(new PageRead(getCurrentPageNo(), reference.find() ? reference.group(1) : null,
                windowLines(), pageFindings));
    }

    /** The window's glyphs as lines, top to bottom, with a space wherever glyphs stand apart. */
    private List<String> windowLines() {
        if (windowGlyphs.isEmpty()) {
            return List.of();
        }
        List<TextPosition> glyphs = new ArrayList<>(windowGlyphs);
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = new ArrayList<>();
        double rowY = glyphs.get(0).getYDirAdj();
        for (TextPosition glyph : glyphs) {
            double tolerance = Math.max(1.0, glyph.getHeightDir() / 2);
            if (Math.abs(glyph.getYDirAdj() - rowY) > tolerance) {
                rows.add(row);
                row = new ArrayList<>();
                rowY = glyph.getYDirAdj();
            }
            row.add(glyph);
        }
        rows.add(row);
        List<String> lines = new ArrayList<>();
        for (List<TextPosition> line : rows) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            TextPosition previous = null;
            for (TextPosition glyph : line) {
                if (previous != null) {
                    double gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                    double space = Math.max(previous.getWidthOfSpace(), 1.0);
                    if (gap > space * 0.5 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                }
                text.append(glyph.getUnicode());
                previous = glyph;
            }
            lines.add(PrintedText.normalise(text).strip());
        }
        return lines;
    }
}
