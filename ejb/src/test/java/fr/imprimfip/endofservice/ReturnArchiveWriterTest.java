package fr.imprimfip.endofservice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class ReturnArchiveWriterTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void everyFileIsListedInTheManifestWithItsDigestAndTheChecksumsCoverTheManifest() throws Exception {
        byte[] pdf = "%PDF-1.7 letter".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReturnArchiveWriter archive = new ReturnArchiveWriter(out, "mairie-x", AT)) {
            archive.add("depots/A_1@x.pdf/fichier.pdf", "Fichier déposé",
                    ReturnArchiveWriter.Content.of(() -> new ByteArrayInputStream(pdf)));
            archive.add("plis.csv", "Plis", ReturnArchiveWriter.Content.of("depot;position\n"));
            archive.finish();
        }
        Map<String, byte[]> files = unzip(out.toByteArray());
        assertEquals(List.of("depots/A_1@x.pdf/fichier.pdf", "plis.csv", "manifest.json", "SHA256SUMS"),
                List.copyOf(files.keySet()));
        assertArrayEquals(pdf, files.get("depots/A_1@x.pdf/fichier.pdf"));

        JsonObject manifest = Json.createReader(new StringReader(new String(files.get("manifest.json"),
                StandardCharsets.UTF_8))).readObject();
        assertEquals("mairie-x", manifest.getString("partner"));
        assertEquals(AT.toString(), manifest.getString("generatedAt"));
        assertEquals(2, manifest.getJsonArray("files").size());
        for (JsonObject file : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
            byte[] content = files.get(file.getString("path"));
            assertEquals(sha256(content), file.getString("sha256"), file.toString());
            assertEquals(content.length, file.getJsonNumber("sizeBytes").longValue());
        }
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (String line : sums.split("\n")) {
            String[] parts = line.split("  ", 2);
            assertEquals(sha256(files.get(parts[1])), parts[0], line);
        }
        assertEquals(3, sums.split("\n").length, "the two files and the manifest");
    }

    @Test
    void refusesUnsafeOrRepeatedPaths() throws IOException {
        try (ReturnArchiveWriter archive = new ReturnArchiveWriter(new ByteArrayOutputStream(), "p", AT)) {
            archive.add("a.csv", "A", ReturnArchiveWriter.Content.of("a"));
            for (String path : List.of("a.csv", "../etc/passwd", "/abs", "manifest.json", "SHA256SUMS", "a\\b")) {
                assertThrows(IllegalArgumentException.class, () -> archive.add(path, "x",
                        ReturnArchiveWriter.Content.of("x")), path);
            }
        }
    }

    @Test
    void namesAndFieldsAreMadeSafe() {
        assertEquals("A_B_1@x.pdf", ReturnArchives.safe("A B/1@x.pdf"));
        assertEquals("\"a;b\"", ReturnArchives.csv("a;b"));
        assertEquals("\"say \"\"hi\"\"\"", ReturnArchives.csv("say \"hi\""));
        assertEquals("plain", ReturnArchives.csv("plain"));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
