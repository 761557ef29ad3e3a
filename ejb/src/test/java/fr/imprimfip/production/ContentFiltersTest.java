package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;

class ContentFiltersTest {

    /** Literal runs, repeated runs and the end marker, as ISO 32000-1, 7.4.5 describes them. */
    @Test
    void runLengthDecodingFollowsTheStandard() {
        byte[] encoded = {2, 'a', 'b', 'c', (byte) 254, 'x', 0, 'z', (byte) 128, 'i', 'g', 'n', 'o', 'r', 'e', 'd'};
        assertArrayEquals("abcxxxz".getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(encoded));
        assertArrayEquals(new byte[0], ContentFilters.runLength(new byte[] {(byte) 128}));
        byte[] repeated = {(byte) 129, 'q'};
        assertArrayEquals("q".repeat(128).getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(repeated));
    }

    /** What the tests' own producer encodes (literal runs of at most 128 bytes) comes back whole. */
    @Test
    void whatIsEncodedComesBack() {
        byte[] content = new byte[10_000];
        new Random(7).nextBytes(content);
        assertArrayEquals(content, ContentFilters.runLength(fr.imprimfip.testing.RewrittenPdfs.runLength(content)));
    }

    /** A literal run cut short by the end of the data keeps what it has; a repeat with nothing to repeat is dropped. */
    @Test
    void runLengthDataCutShortKeepsWhatItHas() {
        assertArrayEquals("ab".getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(new byte[] {4, 'a', 'b'}));
        assertArrayEquals("a".getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(new byte[] {0, 'a',
            (byte) 200}));
    }

    /** What would be decoded otherwise than the standard says is refused, never printed wrong. */
    @Test
    void filtersDecodedOtherwiseThanTheStandardAreRefused() throws Exception {
        byte[] data = "q Q".getBytes(StandardCharsets.US_ASCII);
        assertThrows(UnreadableSourceException.class, () -> ContentFilters.decoded(data, "/FooDecode", null));
        PdfDictionary lateChange = new PdfDictionary();
        lateChange.put(new PdfName("EarlyChange"), new PdfNumber(0));
        assertThrows(UnreadableSourceException.class, () -> ContentFilters.decoded(data, "/LZWDecode", lateChange));
        PdfDictionary tiff = new PdfDictionary();
        tiff.put(PdfName.PREDICTOR, new PdfNumber(2));
        assertThrows(UnreadableSourceException.class, () -> ContentFilters.decoded(data, "/FlateDecode", tiff));
        assertArrayEquals(data, ContentFilters.decoded("712051>".getBytes(StandardCharsets.US_ASCII), "/AHx", null),
                "an abbreviated name the standard defines is decoded");
    }
}
