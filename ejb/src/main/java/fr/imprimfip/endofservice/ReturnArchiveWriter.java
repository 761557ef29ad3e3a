package fr.imprimfip.endofservice;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * Writes a return archive as a ZIP streamed to its output, entry by entry (no entry is held whole in memory), each
 * one's SHA-256 computed as it is written; then the manifest ({@value #MANIFEST}: the partner, when, and each file's
 * path, description, size and digest) and the checksums ({@value #CHECKSUMS}, the {@code sha256sum} format, manifest
 * included) so that the partner checks the archive with common tools.
 */
public final class ReturnArchiveWriter implements AutoCloseable {

    public static final String MANIFEST = "manifest.json";
    public static final String CHECKSUMS = "SHA256SUMS";

    /** One file of the archive, as the manifest lists it. */
    public record Entry(String path, String description, long sizeBytes, String sha256) {
    }

    /** Writes an entry's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }

        static Content of(String text) {
            return of(text.getBytes(StandardCharsets.UTF_8));
        }

        static Content of(InputStreamSource source) {
            return out -> {
                try (InputStream in = source.open()) {
                    in.transferTo(out);
                }
            };
        }
    }

    /** Opens a stream to copy into the archive. */
    @FunctionalInterface
    public interface InputStreamSource {
        InputStream open() throws IOException;
    }

    private final ZipOutputStream zip;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private final String partner;
    private final Instant at;
    private boolean finished;

    public ReturnArchiveWriter(OutputStream out, String partner, Instant at) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.partner = partner;
        this.at = at;
    }

    /** Adds one file at {@code path} (forward slashes, no "..", unique in the archive). */
    public Entry add(String path, String description, Content content) throws IOException {
        if (finished) {
            throw new IllegalStateException("the archive is finished");
        }
        if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")
                || path.equals(MANIFEST) || path.equals(CHECKSUMS) || !paths.add(path)) {
            throw new IllegalArgumentException("unsafe or repeated path in the archive: " + path);
        }
        Entry entry = write(path, description, content);
        entries.add(entry);
        return entry;
    }

    private Entry write(String path, String description, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = sha256();
        long[] size = new long[1];
        OutputStream entry = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
                size[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
                size[0] += length;
            }

            @Override
            public void close() {
                // the entry ends below; the archive stays open
            }
        }, digest);
        content.writeTo(entry);
        entry.flush();
        zip.closeEntry();
        return new Entry(path, description, size[0], HexFormat.of().formatHex(digest.digest()));
    }

    /** The files added so far. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes the manifest and the checksums, and ends the ZIP; answers the manifest's own entry. */
    public Entry finish() throws IOException {
        finished = true;
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Entry entry : entries) {
            files.add(Json.createObjectBuilder().add("path", entry.path()).add("description", entry.description())
                    .add("sizeBytes", entry.sizeBytes()).add("sha256", entry.sha256()));
        }
        JsonObject manifest = Json.createObjectBuilder()
                .add("partner", partner)
                .add("generatedAt", at.toString())
                .add("digestAlgorithm", "SHA-256")
                .add("files", files)
                .build();
        Entry manifestEntry = write(MANIFEST, "Manifeste de l'archive", Content.of(manifest.toString()));
        StringBuilder sums = new StringBuilder();
        for (Entry entry : entries) {
            sums.append(entry.sha256()).append("  ").append(entry.path()).append('\n');
        }
        sums.append(manifestEntry.sha256()).append("  ").append(MANIFEST).append('\n');
        write(CHECKSUMS, "Empreintes SHA-256", Content.of(sums.toString()));
        zip.finish();
        return manifestEntry;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
