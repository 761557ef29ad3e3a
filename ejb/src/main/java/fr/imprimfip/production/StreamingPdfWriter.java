package fr.imprimfip.production;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

/**
 * A PDF written as it goes, whose heap does not grow with its length: pages are copied from other PDFs object by
 * object, their content streams as they are stored (never decoded), each page wrapped so that it stands upright on
 * an unrotated page of its own size and may carry a sheet mark on top. The offsets of the objects written go to
 * {@link ObjectOffsets}, and the page tree is written in nodes of {@value #NODE_KIDS} pages as they fill, so that
 * what stays in memory is one node's pages and the objects of the files still open.
 */
final class StreamingPdfWriter implements Closeable {

    static final int NODE_KIDS = 256;
    private static final int OPENINGS_SHARED = 64;
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final PdfName MARK_IMAGE = new PdfName("IFPSheetMark");
    private static final PdfName MARK_FONT = new PdfName("IFPSheetFont");

    private static final int CATALOG = 1;
    private static final int ROOT = 2;
    private static final int FONT = 3;

    private final CountingOutput out;
    private final ObjectOffsets offsets;
    private final Map<PdfReader, Source> sources = new IdentityHashMap<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final int[] kids = new int[NODE_KIDS];
    private int kidCount;
    private int node;
    private int[] nodes = new int[16];
    private int nodeCount;
    private int nextNumber = FONT + 1;
    private int pages;
    /** The streams that open a page, by their text: most pages of a lot share one size and orientation. */
    private final Map<String, Integer> openings = new HashMap<>();
    private int closing;

    /** A sheet mark: the Data Matrix the inserter reads and the line people read, at the sheet's bottom left. */
    record SheetMark(byte[] matrix, int width, int height, float x, float y, float size, float textX, float textY,
                     float fontSize, String readable) {
    }

    StreamingPdfWriter(OutputStream target, Path scratch) throws IOException {
        out = new CountingOutput(new BufferedOutputStream(target, 1 << 16));
        offsets = new ObjectOffsets(scratch);
        ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        begin(FONT);
        ascii("<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>");
        end();
    }

    int pages() {
        return pages;
    }

    /** Page {@code number} of {@code reader}, upright, with {@code mark} on it if not null. */
    void copyPage(PdfReader reader, int number, SheetMark mark) throws IOException {
        Source source = sources.computeIfAbsent(reader, Source::new);
        PdfDictionary page = reader.getPageN(number);
        Rectangle media = reader.getPageSize(page);
        Rectangle upright = reader.getPageSizeWithRotation(page);
        String opening = upright(media, upright.getRotation() % 360);
        Integer shared = openings.get(opening);
        int prefix = shared == null ? nextNumber++ : shared;
        int suffix = mark == null ? closing() : nextNumber++;
        int image = mark == null ? 0 : nextNumber++;

        int pageNumber = startPage();
        begin(pageNumber);
        ascii("<</Type/Page/Parent " + node + " 0 R/MediaBox[0 0 " + num(upright.getWidth()) + " "
                + num(upright.getHeight()) + "]/Resources");
        PdfObject resources = page.get(PdfName.RESOURCES);
        if (mark == null && resources != null && resources.isIndirect()) {
            ascii(" ");
            write(resources, source);
        } else {
            resources(source, PdfReader.getPdfObject(resources), image);
        }
        ascii("/Contents[" + prefix + " 0 R");
        PdfObject contents = page.get(PdfName.CONTENTS);
        PdfObject resolved = PdfReader.getPdfObjectRelease(contents);
        if (resolved instanceof PdfArray array) {
            for (PdfObject part : array.getElements()) {
                ascii(" ");
                write(part, source);
            }
        } else if (contents != null && contents.isIndirect()) {
            ascii(" ");
            write(contents, source);
        }
        ascii(" " + suffix + " 0 R]>>");
        end();

        if (shared == null) {
            stream(prefix, opening.getBytes(StandardCharsets.ISO_8859_1), "");
            if (openings.size() < OPENINGS_SHARED) {
                openings.put(opening, prefix);
            }
        }
        if (mark != null) {
            stream(suffix, markContent(mark), "");
            stream(image, mark.matrix(), "/Type/XObject/Subtype/Image/Width " + mark.width() + "/Height "
                    + mark.height() + "/ColorSpace/DeviceGray/BitsPerComponent 1/Decode[1 0]");
        }
        drain();
    }

    /** The stream that ends a page without a mark, written once. */
    private int closing() throws IOException {
        if (closing == 0) {
            closing = nextNumber++;
            stream(closing, "\nQ\n".getBytes(StandardCharsets.ISO_8859_1), "");
        }
        return closing;
    }

    /** An empty page, as the back of a sheet left blank. */
    void blankPage(float width, float height) throws IOException {
        int pageNumber = startPage();
        begin(pageNumber);
        ascii("<</Type/Page/Parent " + node + " 0 R/MediaBox[0 0 " + num(width) + " " + num(height)
                + "]/Resources<<>>>>");
        end();
    }

    /** Forgets what was taken from {@code reader}: its pages can no longer be copied. */
    void release(PdfReader reader) throws IOException {
        Source source = sources.remove(reader);
        if (source != null) {
            source.close();
        }
    }

    private int startPage() throws IOException {
        if (kidCount == NODE_KIDS) {
            closeNode();
        }
        if (kidCount == 0) {
            node = nextNumber++;
        }
        int number = nextNumber++;
        kids[kidCount++] = number;
        pages++;
        return number;
    }

    private void closeNode() throws IOException {
        begin(node);
        StringBuilder text = new StringBuilder("<</Type/Pages/Parent " + ROOT + " 0 R/Count " + kidCount + "/Kids[");
        for (int i = 0; i < kidCount; i++) {
            text.append(i == 0 ? "" : " ").append(kids[i]).append(" 0 R");
        }
        ascii(text.append("]>>").toString());
        end();
        if (nodeCount == nodes.length) {
            nodes = Arrays.copyOf(nodes, nodeCount * 2);
        }
        nodes[nodeCount++] = node;
        kidCount = 0;
    }

    /** The page's own resources, with the sheet mark's image and font added when it has one. */
    private void resources(Source source, PdfObject resources, int image) throws IOException {
        PdfDictionary own = resources instanceof PdfDictionary dictionary ? dictionary : new PdfDictionary();
        ascii("<<");
        for (PdfName key : own.getKeys()) {
            if (image != 0 && (PdfName.XOBJECT.equals(key) || PdfName.FONT.equals(key))) {
                continue;
            }
            write(key, source);
            ascii(" ");
            write(own.get(key), source);
        }
        if (image != 0) {
            ascii("/XObject");
            merged(source, own.get(PdfName.XOBJECT), MARK_IMAGE, image);
            ascii("/Font");
            merged(source, own.get(PdfName.FONT), MARK_FONT, FONT);
        }
        ascii(">>");
    }

    private void merged(Source source, PdfObject entries, PdfName name, int number) throws IOException {
        ascii("<<");
        if (PdfReader.getPdfObjectRelease(entries) instanceof PdfDictionary dictionary) {
            for (PdfName key : dictionary.getKeys()) {
                if (!key.equals(name)) {
                    write(key, source);
                    ascii(" ");
                    write(dictionary.get(key), source);
                }
            }
        }
        write(name, source);
        ascii(" " + number + " 0 R>>");
    }

    /**
     * Opens the page's graphics state, turns it upright on a page whose origin is at its bottom left, and clips it
     * to its media box: the page's own content follows, closed by the suffix's {@code Q}.
     */
    private static String upright(Rectangle media, int rotation) {
        float w = media.getWidth();
        float h = media.getHeight();
        String turn = switch (rotation) {
            case 90 -> "0 -1 1 0 0 " + num(w) + " cm\n";
            case 180 -> "-1 0 0 -1 " + num(w) + " " + num(h) + " cm\n";
            case 270 -> "0 1 -1 0 " + num(h) + " 0 cm\n";
            default -> "";
        };
        return "q\n" + turn + "1 0 0 1 " + num(-media.getLeft()) + " " + num(-media.getBottom()) + " cm\n"
                + num(media.getLeft()) + " " + num(media.getBottom()) + " " + num(w) + " " + num(h) + " re W n\n";
    }

    private static byte[] markContent(SheetMark mark) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream(256);
        content.writeBytes(("\nQ\nq " + num(mark.size()) + " 0 0 " + num(mark.size()) + " " + num(mark.x()) + " "
                + num(mark.y()) + " cm " + MARK_IMAGE + " Do Q\nBT " + MARK_FONT + " " + num(mark.fontSize())
                + " Tf 1 0 0 1 " + num(mark.textX()) + " " + num(mark.textY()) + " Tm ")
                .getBytes(StandardCharsets.ISO_8859_1));
        new PdfString(mark.readable().getBytes(WIN_ANSI)).toPdf(null, content);
        content.writeBytes(" Tj ET\n".getBytes(StandardCharsets.ISO_8859_1));
        return content.toByteArray();
    }

    /** Writes the objects the pages written so far refer to, each once per file it comes from. */
    private void drain() throws IOException {
        Pending next;
        while ((next = pending.poll()) != null) {
            PdfObject object = next.source().reader.getPdfObjectRelease(next.from());
            begin(next.to());
            if (isPageTree(object)) {
                // a page or the page tree is never taken along with a resource that names it
                ascii("null");
            } else {
                write(object, next.source());
            }
            end();
        }
    }

    private static boolean isPageTree(PdfObject object) {
        return object instanceof PdfDictionary dictionary && !(object instanceof PRStream)
                && (PdfName.PAGE.equals(dictionary.get(PdfName.TYPE))
                || PdfName.PAGES.equals(dictionary.get(PdfName.TYPE)));
    }

    private void write(PdfObject object, Source source) throws IOException {
        if (object == null) {
            ascii("null");
        } else if (object instanceof PRIndirectReference reference) {
            ascii(source.number(reference.getNumber()) + " 0 R");
        } else if (object instanceof PRStream stream) {
            byte[] raw = PdfReader.getStreamBytesRaw(stream, source.file());
            dictionary(stream, source, PdfName.LENGTH);
            ascii("/Length " + raw.length + ">>\nstream\n");
            out.write(raw);
            ascii("\nendstream");
        } else if (object instanceof PdfDictionary dictionary) {
            dictionary(dictionary, source, null);
            ascii(">>");
        } else if (object instanceof PdfArray array) {
            ascii("[");
            boolean first = true;
            for (PdfObject element : array.getElements()) {
                if (!first) {
                    ascii(" ");
                }
                write(element, source);
                first = false;
            }
            ascii("]");
        } else {
            object.toPdf(null, out);
        }
    }

    /** A dictionary's opening and entries, all but {@code left}; the caller closes it. */
    private void dictionary(PdfDictionary dictionary, Source source, PdfName left) throws IOException {
        ascii("<<");
        for (PdfName key : dictionary.getKeys()) {
            if (!key.equals(left)) {
                write(key, source);
                ascii(" ");
                write(dictionary.get(key), source);
            }
        }
    }

    private void stream(int number, byte[] data, String entries) throws IOException {
        begin(number);
        ascii("<<" + entries + "/Length " + data.length + ">>\nstream\n");
        out.write(data);
        ascii("\nendstream");
        end();
    }

    private void begin(int number) throws IOException {
        offsets.put(number, out.position());
        ascii(number + " 0 obj\n");
    }

    private void end() throws IOException {
        ascii("\nendobj\n");
    }

    private byte[] ascii(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes);
        return bytes;
    }

    private static String num(double value) {
        return ByteBuffer.formatDouble(value);
    }

    /** Ends the file: the last page-tree node, the root, the catalogue, the cross-reference table. */
    @Override
    public void close() throws IOException {
        try {
            for (Source source : sources.values()) {
                source.close();
            }
            sources.clear();
            if (kidCount > 0) {
                closeNode();
            }
            begin(ROOT);
            StringBuilder root = new StringBuilder("<</Type/Pages/Count " + pages + "/Kids[");
            for (int i = 0; i < nodeCount; i++) {
                root.append(i == 0 ? "" : " ").append(nodes[i]).append(" 0 R");
            }
            ascii(root.append("]>>").toString());
            end();
            begin(CATALOG);
            ascii("<</Type/Catalog/Pages " + ROOT + " 0 R>>");
            end();
            int info = nextNumber++;
            begin(info);
            ascii("<</Producer(IMPRIM'FIP)/CreationDate(D:"
                    + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(ZonedDateTime.now(ZoneOffset.UTC))
                    + "Z)>>");
            end();
            crossReferences(info);
            out.flush();
        } finally {
            offsets.close();
            out.close();
        }
    }

    private void crossReferences(int info) throws IOException {
        long start = out.position();
        int size = offsets.highest() + 1;
        ascii("xref\n0 " + size + "\n0000000000 65535 f \n");
        byte[] line = "0000000000 00000 n \n".getBytes(StandardCharsets.ISO_8859_1);
        for (int number = 1; number < size; number++) {
            long offset = offsets.get(number);
            if (offset == 0) {
                out.write("0000000000 65535 f \n".getBytes(StandardCharsets.ISO_8859_1));
                continue;
            }
            for (int digit = 9; digit >= 0; digit--) {
                line[digit] = (byte) ('0' + offset % 10);
                offset /= 10;
            }
            out.write(line);
        }
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        String hex = HexFormat.of().formatHex(id);
        ascii("trailer\n<</Size " + size + "/Root " + CATALOG + " 0 R/Info " + info + " 0 R/ID[<" + hex + "><" + hex
                + ">]>>\nstartxref\n" + start + "\n%%EOF\n");
    }

    /** An object of a source file waiting to be written under its number in this file. */
    private record Pending(Source source, int from, int to) {
    }

    /** A file pages are taken from: the numbers its objects were given here, and its bytes, open while in use. */
    private final class Source implements Closeable {
        final PdfReader reader;
        final Map<Integer, Integer> numbers = new HashMap<>();
        private RandomAccessFileOrArray file;

        Source(PdfReader reader) {
            this.reader = reader;
        }

        int number(int from) {
            Integer to = numbers.get(from);
            if (to == null) {
                to = nextNumber++;
                numbers.put(from, to);
                pending.add(new Pending(this, from, to));
            }
            return to;
        }

        RandomAccessFileOrArray file() throws IOException {
            if (file == null) {
                file = reader.getSafeFile();
                file.reOpen();
            }
            return file;
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }

    /** The output, counting the bytes written: the cross-reference table needs each object's offset. */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream target;
        private long position;

        CountingOutput(OutputStream target) {
            this.target = target;
        }

        long position() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            position += len;
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
