package fr.imprimfip.charter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * The codes a font's ToUnicode table maps, counted from its text before PDFBox reads the font: PDFBox expands each
 * {@code bfrange} code by code, so that one range of a few bytes spanning billions of codes would hold the analysis
 * (and fill its heap) inside a single call, out of reach of the work budget's checks. Each table is counted once.
 */
final class ToUnicodeRanges {

    /** A font has at most 65,536 glyphs: a table mapping more codes than that is built to cost. */
    static final long MAX_CODES = 65_536;

    /** A table's decoded text: a subset font's is a few KB, a whole CJK font's a few hundred. */
    static final int MAX_BYTES = 4 << 20;

    /** To the end of the text when a broken stream cuts the section short: PDFBox reads its ranges all the same. */
    private static final Pattern SECTION = Pattern.compile("beginbfrange(.*?)(?:endbfrange|$)", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile(
            "<([0-9A-Fa-f\\s]*)>\\s*<([0-9A-Fa-f\\s]*)>\\s*(?:<[0-9A-Fa-f\\s]*>|\\[[^\\]]*\\])");
    private static final int MAX_HEX_DIGITS = 8;

    private final Set<COSStream> counted = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Refuses the file when the font {@code name} of {@code resources} maps too many codes. */
    void check(PDResources resources, COSName name) throws IOException {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        COSBase font = fonts == null ? null : fonts.getDictionaryObject(name);
        if (font instanceof COSDictionary dictionary
                && resolve(dictionary.getItem(COSName.TO_UNICODE)) instanceof COSStream table && counted.add(table)) {
            long codes = mappedCodes(table);
            if (codes > MAX_CODES) {
                throw new WorkBudget.Exceeded(Finding.at(CharterRule.TOO_COMPLEX,
                        "table ToUnicode de plus de " + MAX_CODES + " codes (police " + name.getName() + ")"));
            }
        }
    }

    /** The codes the table's ranges cover; more than {@link #MAX_CODES} for a table too long to be read. */
    static long mappedCodes(COSStream table) throws IOException {
        byte[] text;
        try (InputStream in = table.createInputStream()) {
            text = in.readNBytes(MAX_BYTES + 1);
        }
        if (text.length > MAX_BYTES) {
            return MAX_CODES + 1;
        }
        long codes = 0;
        Matcher section = SECTION.matcher(new String(text, StandardCharsets.ISO_8859_1));
        while (section.find() && codes <= MAX_CODES) {
            Matcher range = RANGE.matcher(section.group(1));
            while (range.find() && codes <= MAX_CODES) {
                codes += span(range.group(1), range.group(2));
            }
        }
        return codes;
    }

    private static long span(String startHex, String endHex) {
        String start = startHex.replaceAll("\\s", "");
        String end = endHex.replaceAll("\\s", "");
        if (start.length() > MAX_HEX_DIGITS || end.length() > MAX_HEX_DIGITS) {
            return MAX_CODES + 1;
        }
        long first = start.isEmpty() ? 0 : Long.parseLong(start, 16);
        long last = end.isEmpty() ? 0 : Long.parseLong(end, 16);
        return last < first ? 0 : last - first + 1;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
