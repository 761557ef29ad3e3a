package fr.imprimfip.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;
import fr.imprimfip.testing.PostalAddresses;

/**
 * Benchmark (profile {@code benchmarks}, not part of the test suite): a 10,000-letter, 20,000-page file analysed
 * by a server node whose heap is capped at 512 MB ({@code -Dbench.heap} to change it), once cold and then
 * {@code -Dbench.warm-ups} times more (3), against a bare PDFBox text pass over the same file in the same run.
 * Results go to target/benchmarks/analysis.txt.
 */
class AnalysisBenchmarkIT {

    private static final int LETTERS = Integer.getInteger("bench.letters", 10_000);
    private static final int PAGES_PER_LETTER = 2;
    /** Files analysed after the first before the measured one: a node analyses all day, its code compiled. */
    private static final int WARM_UPS = Integer.getInteger("bench.warm-ups", 3);
    private static final long POLL_MS = 50;
    private static final String HEAP = System.getProperty("bench.heap", "512m");

    @Test
    void analysisOfALargeFile() throws Exception {
        Path file = Path.of("target", "benchmarks", "large-file-" + LETTERS + "-addressed.pdf").toAbsolutePath();
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            LetterPdfs large = LetterPdfs.file();
            for (int i = 0; i < LETTERS; i++) {
                large.letter(String.format("L%06d", i), PAGES_PER_LETTER, PostalAddresses.nth(i));
            }
            Files.write(file, large.build());
        }
        int pages = LETTERS * PAGES_PER_LETTER;

        for (int i = 0; i < WARM_UPS; i++) {
            barePdfBoxPass(file); // the baseline is measured warm, which only makes the ratio stricter
        }
        double barePagesPerSecond = pages / seconds(barePdfBoxPass(file));

        try (ServerNode node = ServerNode.fresh("bench-analysis", 400, Map.of()).heap(HEAP).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            StringBuilder report = new StringBuilder(String.format(
                    "file: %d letters, %d pages, %.1f MB%n"
                            + "bare PDFBox text pass (test JVM, heap 512 MB, after %d passes): %.0f pages/s%n"
                            + "server, heap %s; analysis = decryption and charter, up to the outcome computed;"
                            + " end to end = up to the outcome and its %d letters committed and the file seen"
                            + " \"Soumis\" through the API%n",
                    LETTERS, pages, Files.size(file) / 1e6, WARM_UPS, barePagesPerSecond, HEAP, LETTERS));
            Duration[] last = null;
            for (int run = 0; run <= WARM_UPS; run++) {
                last = analyse(api, file, run);
                report.append(String.format("  file %d (%s): analysis %.1f s, %.0f pages/s; end to end %.1f s,"
                                + " %.0f pages/s%n", run + 1, run == 0 ? "cold server" : "server warmed by " + run,
                        seconds(last[0]), pages / seconds(last[0]), seconds(last[1]), pages / seconds(last[1])));
            }
            report.append(String.format("ratio warm server (last file) / bare PDFBox: analysis %.2f, end to end %.2f%n",
                    pages / seconds(last[0]) / barePagesPerSecond, pages / seconds(last[1]) / barePagesPerSecond));
            Files.writeString(file.resolveSibling("analysis.txt"), report);
            System.out.print(report);
        }
    }

    /**
     * Deposits the file and returns how long its analysis took from its start (recorded by the server): to its
     * outcome computed ({@code analyzedAt}), and to that outcome committed with its letters and seen through the
     * API (its status polled every 50 ms, through the partner's search, which does not list the letters).
     */
    private static Duration[] analyse(ApiClient api, Path file, int run) throws Exception {
        String token = Keycloak.demoPartnerToken();
        ApiClient.Answer created = api.send(api.request("/api/v2/deposits?filename=large.pdf&metadata.run=" + run,
                token).header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofFile(file)));
        assertEquals(201, created.status(), created.body());
        String ref = created.json().getString("reference");
        JsonObject summary;
        Instant observed;
        do {
            Thread.sleep(POLL_MS);
            JsonArray found = api.getAs("/api/v2/deposits?metadata.run=" + run, token).json().getJsonArray("items");
            observed = Instant.now();
            summary = found.getJsonObject(0);
        } while (summary.getString("status").equals("IN_SUBMISSION"));
        assertEquals(ref, summary.getString("reference"));
        assertEquals("SUBMITTED", summary.getString("status"));
        JsonObject deposit = api.getAs("/admin/deposits/" + ref, Keycloak.adminToken()).json();
        assertEquals(LETTERS, deposit.getJsonArray("documents").size());
        Instant started = Instant.parse(deposit.getString("analysisStartedAt"));
        return new Duration[] {Duration.between(started, Instant.parse(deposit.getString("analyzedAt"))),
                Duration.between(started, observed)};
    }

    private static Duration barePdfBoxPass(Path file) throws IOException {
        long start = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            new PDFTextStripper().writeText(document, Writer.nullWriter());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
