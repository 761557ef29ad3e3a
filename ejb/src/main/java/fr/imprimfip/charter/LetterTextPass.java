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
 * One text-extraction pass over the whole file, doing the per-page work in {@code startPage}/{@code endPage}: the
 * business reference written on each page, the lines printed inside the envelope window, and the page's structural
 * findings. Each page is handed over as soon as it is read.
 *
 * <p>It takes PDFBox's glyphs and positions but not its layout of the page into lines and paragraphs, which is about
 * a quarter of a text extraction (docs/benchmarks.md): a reference is a single word, read in the order the page
 * draws its glyphs, split into words where {@code PDFTextStripper} would split them (a line that changes, or a gap
 * wider than half a space or a third of a character); the window's lines are laid out from their glyphs' positions.
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

    private final List<TextPosition> pageGlyphs = new ArrayList<>();
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

    /** Runs the pass; no text is written anywhere. */
    void run(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageGlyphs.clear();
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

    /** Keeps the glyph for the page's words and window, without {@code PDFTextStripper}'s layout of the page. */
    @Override
    protected void processTextPosition(TextPosition glyph) {
        if (++unspentGlyphs == SPENDING_BATCH) {
            budget.spendGlyphs(unspentGlyphs);
            unspentGlyphs = 0;
        }
        if (glyph.getUnicode() == null || glyph.getUnicode().isEmpty()) {
            return;
        }
        if (glyph.isDiacritic() && !pageGlyphs.isEmpty()) {
            TextPosition previous = pageGlyphs.get(pageGlyphs.size() - 1);
            if (previous.contains(glyph)) {
                previous.mergeDiacritic(glyph); // an accent drawn on its own over the letter before it
                return;
            }
        }
        pageGlyphs.add(glyph);
    }

    @Override
    protected void endPage(PDPage page) {
        for (TextPosition glyph : pageGlyphs) {
            double x = glyph.getXDirAdj();
            double y = glyph.getYDirAdj();
            if (x >= windowLeft && x < windowRight && y >= windowTop && y <= windowBottom) {
                windowGlyphs.add(glyph);
            }
        }
        Matcher reference = settings.referencePattern().matcher(PrintedText.normalise(words()));
        pages.accept(new PageRead(getCurrentPageNo(), reference.find() ? reference.group(1) : null,
                windowLines(), pageFindings));
    }

    /**
     * The page's words in the order it draws them, one a line, split as {@code PDFTextStripper} splits them: a new
     * line where a glyph does not overlap the current line vertically, a new word where a glyph starts further right
     * than the smaller of half a space and 30 % of the average character width after the glyph before it.
     */
    private CharSequence words() {
        StringBuilder text = new StringBuilder(pageGlyphs.size() + 64);
        TextPosition previous = null;
        float lineBottom = -Float.MAX_VALUE;
        float lineHeight = -1;
        float averageCharWidth = -1;
        float lastWordSpacing = -1;
        for (TextPosition glyph : pageGlyphs) {
            float x = glyph.getXDirAdj();
            float y = glyph.getYDirAdj();
            float width = glyph.getWidthDirAdj();
            float height = glyph.getHeightDir();
            float wordSpacing = glyph.getWidthOfSpace();
            float deltaSpace = wordSpacing == 0 || Float.isNaN(wordSpacing) ? Float.MAX_VALUE
                    : (lastWordSpacing < 0 ? wordSpacing : (wordSpacing + lastWordSpacing) / 2f) * 0.5f;
            float charWidth = width / glyph.getUnicode().length();
            averageCharWidth = averageCharWidth < 0 ? charWidth : (averageCharWidth + charWidth) / 2f;
            if (previous != null) {
                if (!overlap(y, height, lineBottom, lineHeight)) {
                    text.append('\n');
                    lineBottom = -Float.MAX_VALUE;
                    lineHeight = -1;
                } else {
                    float expectedNextWord = previous.getXDirAdj() + previous.getWidthDirAdj()
                            + Math.min(deltaSpace, averageCharWidth * 0.3f);
                    if (expectedNextWord < x) {
                        text.append('\n');
                    }
                }
            }
            text.append(glyph.getUnicode());
            lineBottom = Math.max(lineBottom, y);
            lineHeight = Math.max(lineHeight, height);
            lastWordSpacing = wordSpacing;
            previous = glyph;
        }
        return text;
    }

    /** As {@code PDFTextStripper} decides that a glyph belongs to the current line. */
    private static boolean overlap(float y1, float height1, float y2, float height2) {
        return Math.abs(y1 - y2) < .1f || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
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
