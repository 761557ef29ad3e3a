package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfReader;

class ContentFiltersTest {

    /** Literal runs, repeated runs and the end marker, as ISO 32000-1, 7.4.5 describes them. */
    @Test
    void runLengthDecodingFollowsTheStandard() throws Exception {
        byte[] encoded = {2, 'a', 'b', 'c', (byte) 254, 'x', 0, 'z', (byte) 128, 'i', 'g', 'n', 'o', 'r', 'e', 'd'};
        assertArrayEquals("abcxxxz".getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(encoded));
        assertArrayEquals(new byte[0], ContentFilters.runLength(new byte[] {(byte) 128}));
        byte[] repeated = {(byte) 129, 'q'};
        assertArrayEquals("q".repeat(128).getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(repeated));
    }

    /** What the tests' own producer encodes (literal runs of at most 128 bytes) comes back whole. */
    @Test
    void whatIsEncodedComesBack() throws Exception {
        byte[] content = new byte[10_000];
        new Random(7).nextBytes(content);
        assertArrayEquals(content, ContentFilters.runLength(fr.imprimfip.testing.RewrittenPdfs.runLength(content)));
    }

    /** A literal run cut short by the end of the data keeps what it has; a repeat with nothing to repeat is dropped. */
    @Test
    void runLengthDataCutShortKeepsWhatItHas() throws Exception {
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

    /**
     * A part whose content inflates past the limit is refused as it is decoded, not once it fills the heap; one whose
     * data turns out corrupt keeps what was decoded before, as OpenPDF's lenient decoding does.
     */
    @Test
    void contentIsDecodedWithinItsLimitAndCorruptDataKeepsItsStart() throws Exception {
        byte[] bomb = deflated(new byte[ContentFilters.LARGEST_CONTENT + 1]);
        assertTrue(bomb.length < 100_000, "a small part: " + bomb.length);
        UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                () -> ContentFilters.decoded(bomb, "/FlateDecode", null));
        assertTrue(refused.getMessage().contains("32 MB"), refused.getMessage());
        assertArrayEquals(new byte[ContentFilters.LARGEST_CONTENT], ContentFilters.decoded(deflated(
                new byte[ContentFilters.LARGEST_CONTENT]), "/FlateDecode", null), "up to the limit, decoded");

        byte[] text = "0 0 m 10 10 l S\n".repeat(5_000).getBytes(StandardCharsets.US_ASCII);
        byte[] packed = deflated(text);
        byte[] corrupt = Arrays.copyOf(packed, packed.length);
        for (int i = packed.length / 2; i < packed.length; i++) {
            corrupt[i] = (byte) 0xff;
        }
        byte[] kept = ContentFilters.decoded(corrupt, "/FlateDecode", null);
        assertTrue(kept.length > 0 && kept.length < text.length, "a start kept: " + kept.length);
        assertArrayEquals(Arrays.copyOf(text, kept.length), kept, "the start as it was");
    }

    /**
     * LZW codes stand for up to 4,096 bytes each: some 3 MB of them decode to 4 GB, past what any array holds. Such a
     * part is refused as it is decoded, at the limit (decoded whole first, it would stop the node's thread with an
     * out-of-memory error); one within the limit comes back byte for byte, and a short one as OpenPDF decodes it.
     */
    @Test
    void lzwIsDecodedWithinItsLimit() throws Exception {
        byte[] fourGigabytes = lzwZeros(600);
        assertTrue(fourGigabytes.length < 4_000_000 && zerosDecoded(600) > 4L << 30, fourGigabytes.length + " bytes");
        UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                () -> ContentFilters.decoded(fourGigabytes, "/LZWDecode", null));
        assertTrue(refused.getMessage().contains("32 MB"), refused.getMessage());

        byte[] withinTheLimit = lzwZeros(4);
        assertArrayEquals(new byte[(int) zerosDecoded(4)], ContentFilters.decoded(withinTheLimit, "/LZW", null));
        assertArrayEquals(PdfReader.LZWDecode(lzwZeros(1)), ContentFilters.decoded(lzwZeros(1), "/LZWDecode", null),
                "as OpenPDF decodes it");
    }

    /**
     * Every decoder bounds its output the same way: exactly its room decoded, one byte more refused, whatever the
     * encoding of the same bytes (Flate from the JDK, run-length from the tests' producer, LZW codes written here).
     */
    @Test
    void eachDecoderTakesExactlyItsRoomAndRefusesOneByteMore() throws Exception {
        int room = (int) zerosDecoded(1);
        byte[] zeros = new byte[room];
        byte[] flate = deflated(zeros);
        byte[] runs = fr.imprimfip.testing.RewrittenPdfs.runLength(zeros);
        byte[] lzw = lzwZeros(1);

        assertArrayEquals(zeros, ContentFilters.inflated(flate, room));
        assertArrayEquals(zeros, ContentFilters.runLength(runs, room));
        assertArrayEquals(zeros, ContentFilters.lzwDecoded(lzw, room));
        assertThrows(UnreadableSourceException.class, () -> ContentFilters.inflated(flate, room - 1));
        assertThrows(UnreadableSourceException.class, () -> ContentFilters.runLength(runs, room - 1));
        assertThrows(UnreadableSourceException.class, () -> ContentFilters.lzwDecoded(lzw, room - 1));
    }

    /** The last code of a round: the table's last entry OpenPDF's decoder adds before it must be cleared. */
    private static final int LAST_CODE = 4094;

    /**
     * LZW codes (ISO 32000-1, 7.4.4, early change) for zero bytes: in each of {@code rounds} rounds, the table
     * cleared, then one zero, then codes each standing for one zero more than the one before, the table's next
     * entry, until the table is full; the end of data after the last round.
     */
    private static byte[] lzwZeros(int rounds) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long[] bits = new long[2]; // pending bits, how many
        for (int round = 0; round < rounds; round++) {
            code(out, bits, 256, round == 0 ? 9 : 12);
            code(out, bits, 0, 9);
            for (int code = 258; code <= LAST_CODE; code++) {
                code(out, bits, code, code < 511 ? 9 : code < 1023 ? 10 : code < 2047 ? 11 : 12);
            }
        }
        code(out, bits, 257, rounds == 0 ? 9 : 12);
        if (bits[1] > 0) {
            out.write((int) (bits[0] << (8 - bits[1])));
        }
        return out.toByteArray();
    }

    /** The zero bytes {@link #lzwZeros} decodes to: 1 + 2 + ... + (LAST_CODE - 256) per round. */
    private static long zerosDecoded(int rounds) {
        long longest = LAST_CODE - 256;
        return rounds * (longest * (longest + 1) / 2);
    }

    private static void code(java.io.ByteArrayOutputStream out, long[] bits, int code, int width) {
        bits[0] = (bits[0] << width) | code;
        bits[1] += width;
        while (bits[1] >= 8) {
            bits[1] -= 8;
            out.write((int) (bits[0] >> bits[1]) & 0xff);
        }
        bits[0] &= (1L << bits[1]) - 1;
    }

    private static byte[] deflated(byte[] data) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream deflating = new java.util.zip.DeflaterOutputStream(out)) {
            deflating.write(data);
        }
        return out.toByteArray();
    }
}
