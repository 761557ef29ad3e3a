package fr.imprimfip.charter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;

/**
 * The checks that read a file's objects rather than its text: active content (JavaScript, launch actions,
 * attached files) in the catalog and on each page, page format and orientation, and embedded fonts. Fonts are
 * checked once each, however many pages use them.
 */
final class StructureChecks {

    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;
    private static final double TOLERANCE = 3.0;
    private static final int MAX_ACTION_DEPTH = 16;

    private final Set<COSBase> checkedFonts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final IdentityHashMap<COSBase, Finding> fontFindings = new IdentityHashMap<>();
    private final ToUnicodeRanges toUnicode = new ToUnicodeRanges();

    /** Findings on the document as a whole: its catalog's name trees and actions. */
    List<Finding> document(PDDocument document) {
        List<Finding> findings = new ArrayList<>();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null) {
            if (names.getCOSObject().containsKey(COSName.JAVA_SCRIPT)) {
                findings.add(Finding.of(CharterRule.JAVASCRIPT));
            }
            if (names.getCOSObject().containsKey(COSName.EMBEDDED_FILES)) {
                findings.add(Finding.of(CharterRule.EMBEDDED_FILE));
            }
        }
        COSDictionary root = catalog.getCOSObject();
        actions(root.getDictionaryObject(COSName.OPEN_ACTION), findings, 0);
        actions(root.getDictionaryObject(COSName.AA), findings, 0);
        COSBase acroForm = root.getDictionaryObject(COSName.ACRO_FORM);
        if (acroForm instanceof COSDictionary form && form.containsKey(COSName.XFA)) {
            findings.add(Finding.at(CharterRule.JAVASCRIPT, "formulaire XFA"));
        }
        if (root.getDictionaryObject(COSName.OCPROPERTIES) instanceof COSDictionary layers
                && hidesOrPrintsOtherwise(layers)) {
            findings.add(Finding.of(CharterRule.HIDDEN_LAYERS));
        }
        return findings;
    }

    /**
     * Whether the file's layers (optional content) show or print something other than all of its content: a layer off
     * by default, or one whose use for viewing or for printing says off. The analysis reads every layer and the print
     * file prints every layer; the partner sees only those on. Read in one pass, without PDFBox's lookup of each group
     * in the lists, which is quadratic in a hostile file's number of groups.
     */
    private static boolean hidesOrPrintsOtherwise(COSDictionary layers) {
        if (layers.getDictionaryObject(COSName.D) instanceof COSDictionary defaults) {
            if (COSName.OFF.equals(defaults.getDictionaryObject(COSName.BASE_STATE))
                    || defaults.getDictionaryObject(COSName.OFF) instanceof COSArray off && off.size() > 0) {
                return true;
            }
        }
        if (!(layers.getDictionaryObject(COSName.OCGS) instanceof COSArray groups)) {
            return false;
        }
        for (int i = 0; i < groups.size(); i++) {
            if (groups.getObject(i) instanceof COSDictionary group
                    && group.getDictionaryObject(COSName.getPDFName("Usage")) instanceof COSDictionary usage
                    && (COSName.OFF.equals(state(usage, "View", "ViewState"))
                    || COSName.OFF.equals(state(usage, "Print", "PrintState")))) {
                return true;
            }
        }
        return false;
    }

    /** A layer's state for one use (ON or OFF), null when the layer does not say. */
    private static COSBase state(COSDictionary usage, String use, String key) {
        return usage.getDictionaryObject(COSName.getPDFName(use)) instanceof COSDictionary entry
                ? entry.getDictionaryObject(COSName.getPDFName(key)) : null;
    }

    /**
     * Findings on one page: format, orientation, annotations that would print outside its content, actions and
     * attachments of its annotations, fonts.
     */
    List<Finding> page(PDPage page, int pageNumber) throws IOException {
        List<Finding> findings = new ArrayList<>();
        layout(page, pageNumber, findings);
        actions(page.getCOSObject().getDictionaryObject(COSName.AA), findings, 0);
        boolean printedAnnotation = false;
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!printedAnnotation && printsOutsideContent(annotation)) {
                printedAnnotation = true;
                findings.add(Finding.onPage(CharterRule.PRINTED_ANNOTATION, pageNumber));
            }
            COSDictionary dictionary = annotation.getCOSObject();
            if (COSName.getPDFName("FileAttachment").equals(dictionary.getCOSName(COSName.SUBTYPE))) {
                findings.add(Finding.onPage(CharterRule.EMBEDDED_FILE, pageNumber));
            }
            actions(dictionary.getDictionaryObject(COSName.A), findings, 0);
            actions(dictionary.getDictionaryObject(COSName.AA), findings, 0);
        }
        fonts(page.getResources(), pageNumber, findings, 0);
        return findings;
    }

    /**
     * An annotation a PDF viewer prints with the page (flagged to print, not hidden, with a rectangle of some size): a
     * form field, or anything with an appearance of its own (a stamp, a drawing). Its text and drawing are not the
     * page's content, which alone is read (the address in the window, the reference) and printed: a letter holding one
     * is refused rather than printed otherwise than it looks. A link, whatever it draws (a border), and an invisible
     * signature (a field of no size) are not refused.
     */
    private static boolean printsOutsideContent(PDAnnotation annotation) {
        if (!annotation.isPrinted() || annotation.isHidden() || annotation instanceof PDAnnotationLink) {
            return false;
        }
        PDRectangle where = annotation.getRectangle();
        if (where == null || where.getWidth() == 0 || where.getHeight() == 0) {
            return false;
        }
        PDAppearanceDictionary appearance = annotation.getAppearance();
        return annotation instanceof PDAnnotationWidget
                || appearance != null && appearance.getNormalAppearance() != null;
    }

    /** Refuses the file when the font {@code name} of {@code resources} is built to cost: see {@link ToUnicodeRanges}. */
    void checkToUnicode(PDResources resources, COSName name) throws IOException {
        toUnicode.check(resources, name);
    }

    /** Whether a finding concerns the whole file (active content) rather than one letter. */
    static boolean concernsFile(Finding finding) {
        return switch (finding.rule()) {
            case JAVASCRIPT, EMBEDDED_FILE, LAUNCH_ACTION -> true;
            default -> false;
        };
    }

    private static void layout(PDPage page, int pageNumber, List<Finding> findings) {
        PDRectangle box = page.getCropBox();
        double width = box.getWidth();
        double height = box.getHeight();
        if (page.getRotation() % 180 != 0) {
            double swap = width;
            width = height;
            height = swap;
        }
        if (width > height + TOLERANCE) {
            findings.add(Finding.onPage(CharterRule.PAGE_LANDSCAPE, pageNumber));
        } else if (Math.abs(width - A4_WIDTH) > TOLERANCE || Math.abs(height - A4_HEIGHT) > TOLERANCE) {
            findings.add(Finding.onPage(CharterRule.PAGE_NOT_A4, pageNumber));
        }
    }

    private static void actions(COSBase base, List<Finding> findings, int depth) {
        if (depth > MAX_ACTION_DEPTH) {
            return;
        }
        COSBase value = base instanceof COSObject object ? object.getObject() : base;
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                actions(array.getObject(i), findings, depth + 1);
            }
        } else if (value instanceof COSDictionary dictionary) {
            COSName type = dictionary.getCOSName(COSName.S);
            if (COSName.JAVA_SCRIPT.equals(type) || dictionary.containsKey(COSName.JS)) {
                findings.add(Finding.of(CharterRule.JAVASCRIPT));
            } else if (COSName.getPDFName("Launch").equals(type)) {
                findings.add(Finding.of(CharterRule.LAUNCH_ACTION));
            } else if (type == null) {
                // an additional-actions dictionary: each of its entries is an action
                for (COSName key : dictionary.keySet()) {
                    if (key.getName().length() <= 2) {
                        actions(dictionary.getDictionaryObject(key), findings, depth + 1);
                    }
                }
            }
            if (type != null) {
                actions(dictionary.getDictionaryObject(COSName.NEXT), findings, depth + 1);
            }
        }
    }

    private void fonts(PDResources resources, int pageNumber, List<Finding> findings, int depth) throws IOException {
        if (resources == null || depth > 2) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            COSBase key = resources.getCOSObject().getCOSDictionary(COSName.FONT) == null ? null
                    : resources.getCOSObject().getCOSDictionary(COSName.FONT).getItem(name);
            if (key instanceof COSObject object) {
                key = object.getObject();
            }
            if (key != null && checkedFonts.contains(key)) {
                Finding known = fontFindings.get(key);
                if (known != null) {
                    findings.add(known);
                }
                continue;
            }
            checkToUnicode(resources, name);
            PDFont font = resources.getFont(name);
            Finding finding = null;
            if (font != null && !font.isEmbedded()) {
                boolean standard = font instanceof PDType1Font type1 && type1.isStandard14();
                finding = Finding.at(standard ? CharterRule.STANDARD_FONT_NOT_EMBEDDED : CharterRule.FONT_NOT_EMBEDDED,
                        font.getName());
                findings.add(finding);
            }
            if (key != null) {
                checkedFonts.add(key);
                if (finding != null) {
                    fontFindings.put(key, finding);
                }
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                continue;
            }
            var xobject = resources.getXObject(name);
            if (xobject instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                fonts(form.getResources(), pageNumber, findings, depth + 1);
            }
        }
    }
}
