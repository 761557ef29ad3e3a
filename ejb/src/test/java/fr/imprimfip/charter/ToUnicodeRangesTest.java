package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

class ToUnicodeRangesTest {

    @Test
    void rangesAndArraysAreCountedCodeByCode() throws IOException {
        assertEquals(256 + 1 + 3, ToUnicodeRanges.mappedCodes(table(
                "2 beginbfrange <0000> <00FF> <0020> <0100> <0100> <0041> endbfrange\n"
                        + "1 beginbfrange <0200> <0202> [<0041> <0042> <0043>] endbfrange")));
    }

    @Test
    void aSectionCutShortByBrokenDataIsCountedToTheEndOfTheText() throws IOException {
        assertTrue(ToUnicodeRanges.mappedCodes(table("1 beginbfrange <00000000> <7FFFFFFF> <0041>"))
                > ToUnicodeRanges.MAX_CODES);
    }

    @Test
    void codesLongerThanFourBytesAreNoFontsCodes() throws IOException {
        assertTrue(ToUnicodeRanges.mappedCodes(table("1 beginbfrange <0011047> <0047c0020> <0020> endbfrange"))
                > ToUnicodeRanges.MAX_CODES);
    }

    @Test
    void aReversedRangeMapsNothing() throws IOException {
        assertEquals(0, ToUnicodeRanges.mappedCodes(table("1 beginbfrange <00FF> <0000> <0020> endbfrange")));
    }

    private static COSStream table(String ranges) throws IOException {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(("begincmap\n" + ranges + "\nendcmap").getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}
