package fr.imprimfip.production;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.lowagie.text.pdf.LZWDecoder;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

import fr.imprimfip.shared.InternalFailure;

/**
 * Decodes a part of a page's content for joining with the others: every filter the PDF standard allows on a content
 * stream (ISO 32000-1, 7.4), where OpenPDF's own decoding leaves out run-length and ignores LZW's early change and
 * the TIFF predictor. What it cannot decode as the standard says makes the file unreadable rather than printed wrong,
 * and so does a page whose content decodes past {@link #LARGEST_CONTENT}.
 */
final class ContentFilters {

    private static final PdfName EARLY_CHANGE = new PdfName("EarlyChange");

    private ContentFilters() {
    }

    /** The most a page's content may take once decoded: a real page's is kilobytes; a hostile one could fill the heap. */
    static final int LARGEST_CONTENT = 32 << 20;

    /** A content part decoded, within {@code room} bytes. */
    static byte[] decoded(PRStream stream, RandomAccessFileOrArray file, int room) throws IOException {
        byte[] data = PdfReader.getStreamBytesRaw(stream, file);
        List<PdfObject> filters = list(stream.get(PdfName.FILTER));
        PdfObject parameters = stream.get(PdfName.DECODEPARMS);
        List<PdfObject> parms = list(parameters == null ? stream.get(PdfName.DP) : parameters);
        for (int i = 0; i < filters.size(); i++) {
            PdfObject parm = i < parms.size() ? parms.get(i) : null;
            data = decoded(data, filters.get(i).toString(), parm, room);
        }
        if (data.length > room) {
            throw tooLarge();
        }
        return data;
    }

    private static UnreadableSourceException tooLarge() {
        return new UnreadableSourceException("a page's content decoding past " + (LARGEST_CONTENT >> 20) + " MB");
    }

    static byte[] decoded(byte[] data, String filter, PdfObject parm) throws IOException {
        return decoded(data, filter, parm, LARGEST_CONTENT);
    }

    private static byte[] decoded(byte[] data, String filter, PdfObject parm, int room) throws IOException {
        return switch (filter) {
            case "/FlateDecode", "/Fl" -> predicted(inflated(data, room), parm);
            case "/LZWDecode", "/LZW" -> {
                if (parm instanceof PdfDictionary dictionary && PdfReader.getPdfObjectRelease(
                        dictionary.get(EARLY_CHANGE)) instanceof PdfNumber early && early.intValue() == 0) {
                    throw new UnreadableSourceException("a content part in LZW without early change");
                }
                yield predicted(lzwDecoded(data, room), parm);
            }
            case "/ASCIIHexDecode", "/AHx" -> PdfReader.ASCIIHexDecode(data);
            case "/ASCII85Decode", "/A85" -> PdfReader.ASCII85Decode(data);
            case "/RunLengthDecode", "/RL" -> runLength(data, room);
            case "/Crypt" -> data;
            default -> throw new UnreadableSourceException("a content part in a filter the standard does not"
                    + " name for content");
        };
    }

    private static byte[] predicted(byte[] data, PdfObject parm) throws UnreadableSourceException {
        if (parm instanceof PdfDictionary dictionary && PdfReader.getPdfObjectRelease(
                dictionary.get(PdfName.PREDICTOR)) instanceof PdfNumber predictor && predictor.intValue() == 2) {
            throw new UnreadableSourceException("a content part with the TIFF predictor");
        }
        return PdfReader.decodePredictor(data, parm);
    }

    /**
     * Flate decoding that stops past {@code room} bytes (refused), and keeps what it decoded of data that turns out
     * corrupt, as OpenPDF's lenient decoding does.
     */
    static byte[] inflated(byte[] data, int room) throws UnreadableSourceException {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        BoundedBytes out = new BoundedBytes(room, data.length * 4L + 64);
        byte[] chunk = new byte[8192];
        try {
            while (!inflater.finished()) {
                int inflated = inflater.inflate(chunk);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(chunk, 0, inflated);
            }
        } catch (DataFormatException e) {
            // corrupt from here on: what was decoded is kept
        } catch (BoundedBytes.Overflow e) {
            throw tooLarge();
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    /**
     * LZW decoding (OpenPDF's decoder, with early change) that stops past {@code room} bytes: a code stands for up to
     * 4,096 bytes, so that some 3 MB of codes decode to gigabytes.
     */
    static byte[] lzwDecoded(byte[] data, int room) throws UnreadableSourceException {
        BoundedBytes out = new BoundedBytes(room, data.length * 4L);
        try {
            new LZWDecoder().decode(data, out);
        } catch (BoundedBytes.Overflow e) {
            throw tooLarge();
        }
        return out.toByteArray();
    }

    /** Bytes that refuse to grow past their room: every decoder here writes its output into them. */
    private static final class BoundedBytes extends ByteArrayOutputStream {

        private final int room;

        /** Room for {@code room} bytes, {@code expected} of them (at most the room) allocated at first. */
        BoundedBytes(int room, long expected) {
            super((int) Math.max(32, Math.min(room, expected)));
            this.room = room;
        }

        @Override
        public synchronized void write(int b) {
            if (count >= room) {
                throw new Overflow();
            }
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            if (length > room - count) {
                throw new Overflow();
            }
            super.write(bytes, offset, length);
        }

        /** Unchecked, as the decoder's writes declare nothing; caught where it is decoded. */
        @InternalFailure
        private static final class Overflow extends RuntimeException {
            Overflow() {
                super(null, null, false, false);
            }
        }
    }

    /** Run-length decoding (ISO 32000-1, 7.4.5): a length byte, then as many bytes, or one byte repeated. */
    static byte[] runLength(byte[] data) throws UnreadableSourceException {
        return runLength(data, LARGEST_CONTENT);
    }

    static byte[] runLength(byte[] data, int room) throws UnreadableSourceException {
        BoundedBytes out = new BoundedBytes(room, data.length * 2L);
        try {
            int i = 0;
            while (i < data.length) {
                int length = data[i++] & 0xff;
                if (length == 128) {
                    break;
                }
                if (length < 128) {
                    int end = Math.min(data.length, i + length + 1);
                    out.write(data, i, end - i);
                    i = end;
                } else if (i < data.length) {
                    int repeated = data[i++];
                    for (int n = 0; n < 257 - length; n++) {
                        out.write(repeated);
                    }
                }
            }
        } catch (BoundedBytes.Overflow e) {
            throw tooLarge();
        }
        return out.toByteArray();
    }

    private static List<PdfObject> list(PdfObject object) {
        PdfObject value = PdfReader.getPdfObjectRelease(object);
        List<PdfObject> list = new ArrayList<>();
        if (value instanceof PdfArray array) {
            for (PdfObject element : array.getElements()) {
                list.add(PdfReader.getPdfObjectRelease(element));
            }
        } else if (value != null) {
            list.add(value);
        }
        return list;
    }
}
