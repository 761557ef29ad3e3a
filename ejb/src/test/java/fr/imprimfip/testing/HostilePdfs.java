package fr.imprimfip.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/** Hand-made hostile PDF files: structures no honest producer writes. */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A page whose resources nest arrays {@code depth} levels deep. */
    public static byte[] deeplyNested(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /X "
                + nested + " >> >>", "BT ET".getBytes(StandardCharsets.US_ASCII), false);
    }

    /** A page whose compressed content stream expands to {@code operators} operators (a zip-bomb-like stream). */
    public static byte[] operatorFlood(int operators) {
        byte[] content = "0 0 m\n".repeat(operators).getBytes(StandardCharsets.US_ASCII);
        return pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", deflate(content), true);
    }

    /**
     * {@code pages} pages sharing one compressed content stream of {@code operatorsPerPage} operators: a few MB
     * that would cost hours of parsing, each page staying under the per-page limit.
     */
    public static byte[] sharedHeavyStream(int pages, int operatorsPerPage) {
        byte[] content = deflate("0 0 m\n".repeat(operatorsPerPage).getBytes(StandardCharsets.US_ASCII));
        StringBuilder kids = new StringBuilder();
        for (int page = 0; page < pages; page++) {
            kids.append(4 + page).append(" 0 R ");
        }
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>"));
        objects.add(stream(content, true));
        byte[] page = ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>");
        for (int i = 0; i < pages; i++) {
            objects.add(page);
        }
        return pdf(objects);
    }

    /**
     * A page whose font's ToUnicode table maps one range of {@code codes} codes in a few bytes: the shape of the
     * fuzzer's first hang, a Ghostscript letter whose table a bit flip had widened.
     */
    public static byte[] toUnicodeRange(long codes) {
        String table = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
                + "1 beginbfrange <00000000> <" + String.format("%08X", codes - 1) + "> <0041> endbfrange\n"
                + "endcmap CMapName currentdict /CMap defineresource pop end end";
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>"));
        objects.add(stream(ascii("BT /F1 12 Tf 72 720 Td (A) Tj ET"), false));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"));
        objects.add(stream(ascii(table), false));
        return pdf(objects);
    }

    private static byte[] pdf(String page, byte[] content, boolean flate) {
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii(page));
        objects.add(stream(content, flate));
        return pdf(objects);
    }

    private static byte[] stream(byte[] content, boolean flate) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(ascii("<< /Length " + content.length + (flate ? " /Filter /FlateDecode" : "") + " >>\nstream\n"));
        stream.writeBytes(content);
        stream.writeBytes(ascii("\nendstream"));
        return stream.toByteArray();
    }

    private static byte[] pdf(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.4\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
