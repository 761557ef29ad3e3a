package fr.imprimfip.production;

import static fr.imprimfip.production.UnreadableSourceException.reading;

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
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

/**
 * A PDF written as it goes, whose heap does not grow with its length. Each page copied from another PDF becomes a
 * form on a page of its own: its content stream as stored (not decoded, when it is one stream), with its resources,
 * whose objects are copied once per source file; the form is drawn upright on an unrotated page of the page's size, so that
 * nothing the page's content does to the graphics state reaches the sheet mark drawn over it. The offsets of the
 * objects written go to {@link ObjectOffsets}, and the page tree is written in nodes of {@value #NODE_KIDS} pages as
 * they fill: what stays in memory is one node's pages and what the source files still open hold.
 */
final class StreamingPdfWriter implements Closeable {

    static final int NODE_KIDS = 256;
    /** The classic cross-reference table writes offsets on ten digits. */
    private static final long LARGEST_OFFSET = 9_999_999_999L;
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final String PAGE_FORM = "/IFPPage";
    private static final String MARK_IMAGE = "/IFPSheetMark";
    private static final String MARK_FONT = "/IFPSheetFont";

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
    private boolean failed;

    /**
     * A sheet mark: the Data Matrix the inserter reads ({@code width} by {@code height} modules, one bit each, black
     * set, rows on whole bytes), drawn {@code size} wide at {@code x}, {@code y}, and the line people read.
     */
    record SheetMark(byte[] matrix, int width, int height, float x, float y, float size, float textX, float textY,
                     float fontSize, String readable) {
    }

    StreamingPdfWriter(OutputStream target, Path scratch) throws IOException {
        out = new CountingOutput(new BufferedOutputStream(target, 1 << 16));
        offsets = new ObjectOffsets(scratch);
        try {
            ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            begin(FONT);
            ascii("<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>");
            end();
        } catch (IOException | RuntimeException e) {
            offsets.close();
            throw e;
        }
    }

    /** The file will be thrown away: closing it writes nothing more. */
    void abandon() {
        failed = true;
    }

    int pages() {
        return pages;
    }

    /** Page {@code number} of {@code reader}, upright, with {@code mark} on it if not null. */
    void copyPage(PdfReader reader, int number, SheetMark mark) throws IOException {
        failed = true; // until the page is whole
        Source source = sources.computeIfAbsent(reader, Source::new);
        PdfDictionary page = reading(() -> source.page(number));
        Rectangle visible = reading(() -> visibleBox(page));
        int rotation = rotation(page);
        boolean turned = rotation == 90 || rotation == 270;
        float width = turned ? visible.getHeight() : visible.getWidth();
        float height = turned ? visible.getWidth() : visible.getHeight();
        int form = nextNumber++;
        int content = nextNumber++;
        int image = mark == null ? 0 : nextNumber++;

        int pageNumber = startPage();
        begin(pageNumber);
        ascii("<</Type/Page/Parent " + node + " 0 R/MediaBox[0 0 " + num(width) + " " + num(height)
                + "]/Resources<</XObject<<" + PAGE_FORM + " " + form + " 0 R"
                + (mark == null ? ">>" : MARK_IMAGE + " " + image + " 0 R>>/Font<<" + MARK_FONT + " " + FONT
                + " 0 R>>") + ">>/Contents " + content + " 0 R>>");
        end();

        pageForm(form, page, visible, source);
        stream(content, pageContent(visible, rotation, mark), "");
        if (mark != null) {
            stream(image, mark.matrix(), "/Type/XObject/Subtype/Image/Width " + mark.width() + "/Height "
                    + mark.height() + "/ColorSpace/DeviceGray/BitsPerComponent 1/Decode[1 0]");
        }
        drain();
        failed = false;
    }

    /**
     * What viewers show of a page, what the analysis read and what is printed: its crop box where it meets its media
     * box, or its media box when it has no crop box (or one outside the media box, which the analysis refuses). A page
     * drawn with a bleed or crop marks around it is printed as the letter inside them, its address where the analysis
     * found it.
     */
    private static Rectangle visibleBox(PdfDictionary page) {
        Rectangle media = rectangleAsPdfBoxReadsIt((PdfArray) page.get(PdfName.MEDIABOX));
        if (!(PdfReader.getPdfObjectRelease(page.get(PdfName.CROPBOX)) instanceof PdfArray box)) {
            return media;
        }
        Rectangle crop = rectangleAsPdfBoxReadsIt(box);
        float left = Math.max(media.getLeft(), crop.getLeft());
        float bottom = Math.max(media.getBottom(), crop.getBottom());
        float right = Math.min(media.getRight(), crop.getRight());
        float top = Math.min(media.getTop(), crop.getTop());
        return right > left && top > bottom ? new Rectangle(left, bottom, right, top) : media;
    }

    /**
     * A rectangle as the analysis's parser reads it, so that the page printed is the page analysed: its first four
     * entries, a missing or non-numeric one taken as 0, then put in order.
     */
    private static Rectangle rectangleAsPdfBoxReadsIt(PdfArray box) {
        float[] corners = new float[4];
        for (int i = 0; i < Math.min(4, box.size()); i++) {
            if (PdfReader.getPdfObjectRelease(box.getPdfObject(i)) instanceof PdfNumber number) {
                corners[i] = number.floatValue();
            }
        }
        return new Rectangle(Math.min(corners[0], corners[2]), Math.min(corners[1], corners[3]),
                Math.max(corners[0], corners[2]), Math.max(corners[1], corners[3]));
    }

    /** The page's turn, a quarter turn at a time; any other value is no turn, as PDF readers take it. */
    private static int rotation(PdfDictionary page) {
        int turn = page.get(PdfName.ROTATE) instanceof PdfNumber number ? number.intValue() : 0;
        turn = ((turn % 360) + 360) % 360;
        return turn % 90 == 0 ? turn : 0;
    }

    /** An empty page, as the back of a sheet left blank. */
    void blankPage(float width, float height) throws IOException {
        failed = true;
        int pageNumber = startPage();
        begin(pageNumber);
        ascii("<</Type/Page/Parent " + node + " 0 R/MediaBox[0 0 " + num(width) + " " + num(height)
                + "]/Resources<<>>>>");
        end();
        failed = false;
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

    /**
     * The page's content as a form bounded by its visible box, with the page's resources. One content stream is
     * copied as stored, its filters kept; several are decoded, joined and compressed again, as one form needs.
     */
    private void pageForm(int number, PdfDictionary page, Rectangle visible, Source source) throws IOException {
        PdfObject contents = reading(() -> PdfReader.getPdfObjectRelease(page.get(PdfName.CONTENTS)));
        PRStream single = contents instanceof PRStream stream ? stream : null;
        RandomAccessFileOrArray file = source.file();
        byte[] data = reading(() -> {
            if (single != null) {
                return PdfReader.getStreamBytesRaw(single, file);
            }
            return contents instanceof PdfArray parts ? joined(parts, file) : new byte[0];
        });
        begin(number);
        ascii("<</Type/XObject/Subtype/Form/BBox[" + num(visible.getLeft()) + " " + num(visible.getBottom()) + " "
                + num(visible.getRight()) + " " + num(visible.getTop()) + "]/Resources");
        PdfObject resources = page.get(PdfName.RESOURCES);
        if (resources == null) {
            ascii("<<>>");
        } else {
            if (resources.isIndirect()) {
                ascii(" ");
            }
            write(resources, source);
        }
        if (single != null) {
            for (PdfName key : new PdfName[] {PdfName.FILTER, PdfName.DECODEPARMS}) {
                PdfObject value = single.get(key);
                if (value != null) {
                    write(key, source);
                    ascii(" ");
                    write(value, source);
                }
            }
        } else if (data.length > 0) {
            ascii("/Filter/FlateDecode");
        }
        ascii("/Length " + data.length + ">>\nstream\n");
        out.write(data);
        ascii("\nendstream");
        end();
    }

    private static byte[] joined(PdfArray parts, RandomAccessFileOrArray file) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (PdfObject part : parts.getElements()) {
            if (PdfReader.getPdfObjectRelease(part) instanceof PRStream stream) {
                text.write(ContentFilters.decoded(stream, file, ContentFilters.LARGEST_CONTENT - text.size()));
                text.write('\n');
            }
        }
        if (text.size() == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream(text.size() / 3 + 64);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(packed)) {
            text.writeTo(deflating);
        }
        return packed.toByteArray();
    }

    /** Draws the page's form upright on a page whose origin is at its bottom left, then the mark over it. */
    private static byte[] pageContent(Rectangle visible, int rotation, SheetMark mark) throws IOException {
        float w = visible.getWidth();
        float h = visible.getHeight();
        String turn = switch (rotation) {
            case 90 -> "0 -1 1 0 0 " + num(w) + " cm\n";
            case 180 -> "-1 0 0 -1 " + num(w) + " " + num(h) + " cm\n";
            case 270 -> "0 1 -1 0 " + num(h) + " 0 cm\n";
            default -> "";
        };
        ByteArrayOutputStream content = new ByteArrayOutputStream(256);
        content.writeBytes(("q\n" + turn + "1 0 0 1 " + num(-visible.getLeft()) + " " + num(-visible.getBottom())
                + " cm\n" + PAGE_FORM + " Do\nQ\n").getBytes(StandardCharsets.ISO_8859_1));
        if (mark != null) {
            float height = mark.size() * mark.height() / mark.width();
            content.writeBytes(("q " + num(mark.size()) + " 0 0 " + num(height) + " " + num(mark.x()) + " "
                    + num(mark.y()) + " cm " + MARK_IMAGE + " Do Q\nBT " + MARK_FONT + " " + num(mark.fontSize())
                    + " Tf 1 0 0 1 " + num(mark.textX()) + " " + num(mark.textY()) + " Tm ")
                    .getBytes(StandardCharsets.ISO_8859_1));
            new PdfString(mark.readable().getBytes(WIN_ANSI)).toPdf(null, content);
            content.writeBytes(" Tj ET\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return content.toByteArray();
    }

    /** Writes the objects the pages written so far refer to, each once per file it comes from. */
    private void drain() throws IOException {
        Pending next;
        while ((next = pending.poll()) != null) {
            Source source = next.source();
            int from = next.from();
            PdfObject object = reading(() -> source.reader.getPdfObjectRelease(from));
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

    /** A page or a node of the page tree, named by its type or, where a file leaves the type out, by its keys. */
    private static boolean isPageTree(PdfObject object) {
        if (!(object instanceof PdfDictionary dictionary) || object instanceof PRStream) {
            return false;
        }
        PdfObject type = dictionary.get(PdfName.TYPE);
        return PdfName.PAGE.equals(type) || PdfName.PAGES.equals(type)
                || dictionary.contains(PdfName.KIDS) && dictionary.contains(PdfName.COUNT)
                || dictionary.contains(PdfName.PARENT) && dictionary.contains(PdfName.CONTENTS);
    }

    private void write(PdfObject object, Source source) throws IOException {
        if (object == null) {
            ascii("null");
        } else if (object instanceof PRIndirectReference reference) {
            int number = reference.getNumber();
            // a reference to no object of the file is null; numbering it would size tables by a hostile number
            ascii(number > 0 && number < source.reader.getXrefSize() ? source.number(number) + " 0 R" : "null");
        } else if (object instanceof PRStream stream) {
            RandomAccessFileOrArray file = source.file();
            byte[] raw = reading(() -> PdfReader.getStreamBytesRaw(stream, file));
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
        try (out; offsets) {
            closeSources();
            if (failed) {
                return; // a file a page could not be copied into is thrown away: nothing to end
            }
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
        }
    }

    private void closeSources() throws IOException {
        IOException first = null;
        for (Source source : sources.values()) {
            try {
                source.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        sources.clear();
        if (first != null) {
            throw first;
        }
    }

    private void crossReferences(int info) throws IOException {
        long start = out.position();
        int size = offsets.highest() + 1;
        ascii("xref\n0 " + size + "\n0000000000 65535 f \n");
        byte[] line = "0000000000 00000 n \n".getBytes(StandardCharsets.ISO_8859_1);
        for (int number = 1; number < size; number++) {
            long offset = offsets.get(number);
            if (offset > LARGEST_OFFSET) {
                throw new IOException("Print file larger than its cross-reference table can address (10 GB)");
            }
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

    /**
     * A file pages are taken from: the numbers its objects were given here (by their number there, 0 for none yet),
     * and its bytes, open while in use.
     */
    private final class Source implements Closeable {
        final PdfReader reader;
        private int[] numbers;
        private PageIndex pages;
        private RandomAccessFileOrArray file;

        Source(PdfReader reader) {
            this.reader = reader;
            numbers = new int[Math.max(reader.getXrefSize(), 1)];
        }

        int number(int from) {
            if (from >= numbers.length) {
                numbers = Arrays.copyOf(numbers, Math.max(from + 1, numbers.length * 2));
            }
            if (numbers[from] == 0) {
                numbers[from] = nextNumber++;
                pending.add(new Pending(this, from, numbers[from]));
            }
            return numbers[from];
        }

        /**
         * Page {@code number} with what it inherits. The reader, when it reads its file object by object, finds a
         * page by walking the page tree from its root each time, and keeps each page it found: the tree is walked
         * once instead, and each page read and let go.
         */
        PdfDictionary page(int number) {
            if (pages == null) {
                pages = PageIndex.of(reader);
            }
            if (pages.numbers() == null) {
                return withDirectBoxes(reader.getPageNRelease(number));
            }
            int object = pages.numbers()[number - 1];
            PdfObject read = object > 0 ? reader.getPdfObjectRelease(object) : pages.written().get(number - 1);
            if (!(read instanceof PdfDictionary page)) {
                throw new IllegalStateException("Page " + number + " of a file to print is not a page");
            }
            PdfDictionary inherited = pages.inherited().get(pages.inheritance()[number - 1]);
            for (PdfName key : PageIndex.INHERITED) {
                if (page.get(key) == null && inherited.get(key) != null) {
                    page.put(key, inherited.get(key));
                }
            }
            return withDirectBoxes(page);
        }

        /**
         * The page with its media box, crop box and turn read and let go if they are objects of their own, and a media
         * box (US Letter, as the parsers take it) if it has none or one that is not an array.
         */
        private PdfDictionary withDirectBoxes(PdfDictionary page) {
            for (PdfName key : new PdfName[] {PdfName.MEDIABOX, PdfName.CROPBOX, PdfName.ROTATE}) {
                PdfObject value = page.get(key);
                if (value != null && value.isIndirect()) {
                    page.put(key, PdfReader.getPdfObjectRelease(value));
                }
            }
            if (!(page.get(PdfName.MEDIABOX) instanceof PdfArray)) {
                page.put(PdfName.MEDIABOX, new PdfArray(new float[] {0, 0, 612, 792}));
            }
            return page;
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
            try {
                target.write(b);
            } catch (IOException e) {
                throw new PrintFileWriteException(e);
            }
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                target.write(b, off, len);
            } catch (IOException e) {
                throw new PrintFileWriteException(e);
            }
            position += len;
        }

        @Override
        public void flush() throws IOException {
            try {
                target.flush();
            } catch (IOException e) {
                throw new PrintFileWriteException(e);
            }
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
