package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;

/**
 * What a node leaves on disk when it is killed, and what the content store keeps: plaintext copies of a file under
 * analysis (and PDFBox's scratch files) are gone once the node is back, before it works again; stored files that
 * no committed row refers to are swept once older than the grace period, and counted; so are uploads the server
 * was spooling when it was killed. Runs nodes of its own.
 * Runs on H2 only: what it tests is on the file system (plaintext copies, spooled uploads, orphans by age); the
 * sweep's one query, the stored files rows refer to, runs at every start of the PostgreSQL pass's server.
 */
@DisabledIfEnvironmentVariable(named = "IMPRIMFIP_DB_URL", matches = "jdbc:postgresql:.*")
class StorageSweepNodeIT {

    private static final int LETTERS = 2000;

    @Test
    void noPlaintextRemainsAfterANodeIsKilledInTheMiddleOfAnAnalysis() throws Exception {
        try (ServerNode node = ServerNode.fresh("sweep-node", 1000, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            String admin = Keycloak.adminToken();
            LetterPdfs large = LetterPdfs.file();
            for (int letter = 0; letter < LETTERS; letter++) {
                large.letter("LONG-" + letter, 4);
            }
            List<Path> storedBefore = storedFiles(store(node));
            String ref = api.submitPdf(partner, "long.pdf", large.build()).json().getString("internalRef");
            List<Path> received = storedFiles(store(node)).stream().filter(file -> !storedBefore.contains(file))
                    .toList();
            assertEquals(1, received.size(), "the deposit's stored file: " + received);
            Path work = store(node).resolve("work").resolve("sweep-node");

            List<Path> plaintext = awaitFile(work, "plain-");
            JsonObject underWay = api.getAs("/admin/deposits/" + ref, admin).json();
            assertEquals("IN_SUBMISSION", underWay.getString("status"), "killed in the middle of the analysis");
            node.kill();
            assertTrue(plaintext.stream().allMatch(Files::exists), "the kill left the plaintext: " + plaintext);
            Path stored = received.get(0);
            Files.setLastModifiedTime(stored, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

            node.start();
            awaitMetric(api, admin, "imprimfip_storage_sweeps_total", 1);
            for (Path file : plaintext) {
                assertFalse(Files.exists(file), "swept at start: " + file);
            }
            assertTrue(metric(api, admin, "imprimfip_storage_swept_files_total{kind=\"plaintext_copy\"}") >= 1);

            JsonObject status = api.awaitAnalysed(partner, ref);
            assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"));
            assertEquals(LETTERS, status.getJsonArray("docStatus").size(), "every letter recorded once");
            awaitMetric(api, admin, "imprimfip_storage_sweeps_total", 2);
            assertTrue(Files.exists(stored), "a stored file its deposit refers to is kept, however old");
            assertEquals(0, metric(api, admin, "imprimfip_storage_swept_files_total{kind=\"orphan_content\"}"));
            assertEquals(List.of(), list(work), "no plaintext left once the analysis is over");
        }
    }

    @Test
    void storedFilesNoDepositRefersToAreSweptOnceOlderThanTheGracePeriod() throws Exception {
        ServerNode fresh = ServerNode.fresh("orphan-node", 1000, Map.of());
        Path store = store(fresh);
        Path old = orphan(store, "2026/01/15", 5000, Instant.now().minus(Duration.ofMinutes(61)));
        Path recent = orphan(store, "2026/01/15", 700, Instant.now().minus(Duration.ofMinutes(50)));
        try (ServerNode node = fresh.start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String admin = Keycloak.adminToken();
            awaitMetric(api, admin, "imprimfip_storage_sweeps_total", 2);

            assertFalse(Files.exists(old), "older than the 60-minute grace period and recorded nowhere");
            assertTrue(Files.exists(recent), "its deposit's transaction may still commit");
            assertEquals(1, metric(api, admin, "imprimfip_storage_swept_files_total{kind=\"orphan_content\"}"));
            assertEquals(5000, metric(api, admin, "imprimfip_storage_swept_bytes_total{kind=\"orphan_content\"}"));
            assertTrue(Files.readString(node.dataDir().getParent().resolve("log/server.log"))
                    .contains("Storage sweep (after start): orphan_content 1 file(s) 5000 bytes"));
        }
    }

    @Test
    void noSpooledUploadRemainsAfterANodeIsKilledWhileItReceivesOne() throws Exception {
        try (ServerNode node = ServerNode.fresh("spool-node", 1000, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            String admin = Keycloak.adminToken();
            byte[] pdf = new byte[8 << 20];
            new Random(1).nextBytes(pdf);
            ApiClient.Multipart form = new ApiClient.Multipart().file("docFile", "lent.pdf", "application/pdf", pdf)
                    .json("jsonParameters", ApiClient.v1Parameters("lent.pdf"));
            byte[] body = form.bytes();
            CountDownLatch resume = new CountDownLatch(1);
            HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/file/submission"))
                    .headers(ApiClient.v1Headers(partner))
                    .header("Content-Type", form.contentType())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new HalfThenWait(body, resume)));
            Thread sender = new Thread(() -> {
                try {
                    api.send(upload);
                } catch (RuntimeException | AssertionError cutOff) {
                    // the node is killed while it receives the request
                }
            });
            sender.setDaemon(true);
            sender.start();
            Path spool = store(node).resolve("spool").resolve("spool-node");

            List<Path> spooled = awaitFile(spool, "undertow");
            node.kill();
            resume.countDown();
            assertTrue(spooled.stream().allMatch(Files::exists), "the kill left the spooled upload: " + spooled);

            node.start();
            awaitMetric(api, admin, "imprimfip_storage_sweeps_total", 1);
            for (Path file : spooled) {
                assertFalse(Files.exists(file), "swept at start: " + file);
            }
            assertEquals(spooled.size(),
                    metric(api, admin, "imprimfip_storage_swept_files_total{kind=\"upload_spool\"}"));
        }
    }

    /** A request body that stops half-way until told to go on: the server has begun to spool it. */
    private static final class HalfThenWait extends ByteArrayInputStream {
        private final CountDownLatch resume;

        HalfThenWait(byte[] body, CountDownLatch resume) {
            super(body);
            this.resume = resume;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int half = count / 2;
            if (pos == half) {
                try {
                    resume.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            return super.read(buffer, offset, pos < half ? Math.min(length, half - pos) : length);
        }
    }

    private static Path store(ServerNode node) {
        return node.dataDir().resolve("imprimfip/files");
    }

    private static Path orphan(Path store, String day, int size, Instant modified) throws IOException {
        Path file = store.resolve(day).resolve(UUID.randomUUID() + ".enc");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[size]);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** Waits until a file named {@code prefix...} is in {@code directory}; then all its files, a moment later. */
    private static List<Path> awaitFile(Path directory, String prefix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> files = list(directory);
            if (files.stream().anyMatch(file -> file.getFileName().toString().startsWith(prefix))) {
                Thread.sleep(300);
                return list(directory);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("No file " + prefix + "... appeared in " + directory + " within 60 s");
    }

    private static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static List<Path> storedFiles(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(file -> file.toString().endsWith(".enc")).toList();
        }
    }

    private static void awaitMetric(ApiClient api, String admin, String name, long atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (metric(api, admin, name) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " not at " + atLeast + " within 60 s");
            }
            Thread.sleep(250);
        }
    }

    private static long metric(ApiClient api, String admin, String name) {
        ApiClient.Answer answer = api.getAs("/admin/metrics/storage", admin);
        assertEquals(200, answer.status(), answer.body());
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\d+)$").matcher(answer.body());
        assertTrue(value.find(), name + " in " + answer.body());
        return Long.parseLong(value.group(1));
    }
}
