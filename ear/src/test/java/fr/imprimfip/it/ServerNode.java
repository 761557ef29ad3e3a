package fr.imprimfip.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One more node of the platform, started by the test itself on the provisioned server: its own base directory
 * (configuration, data, log, deployments), a port offset, a node name, and the EAR deployed. It can be stopped
 * cleanly or killed like {@code kill -9}.
 */
public final class ServerNode implements AutoCloseable {

    private static final Path HOME = Path.of(System.getProperty("jboss.home", "target/server"));
    private static final Path EAR = Path.of(System.getProperty("imprimfip.ear", "target/imprimfip.ear"));

    private final String name;
    private final int portOffset;
    private final Path base;
    private final Map<String, String> environment;
    private String initialHeap = "-Xms128m";
    private String heap = "-Xmx768m";
    private boolean gcLog;
    private Process process;

    private ServerNode(String name, int portOffset, Path base, Map<String, String> environment) {
        this.name = name;
        this.portOffset = portOffset;
        this.base = base;
        this.environment = new java.util.HashMap<>(environment);
    }

    /** A node with a fresh base directory under target/nodes; {@code environment} adds to the inherited one. */
    public static ServerNode fresh(String name, int portOffset, Map<String, String> environment) throws IOException {
        Path base = Path.of("target", "nodes", name).toAbsolutePath();
        deleteTree(base);
        Files.createDirectories(base.resolve("deployments"));
        copyTree(HOME.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.copy(EAR, base.resolve("deployments/imprimfip.ear"));
        return new ServerNode(name, portOffset, base, environment);
    }

    /** Fixes the node's heap, e.g. {@code "512m"}: reserved whole from the start, as a production server's is. */
    public ServerNode heap(String size) {
        this.initialHeap = "-Xms" + size;
        this.heap = "-Xmx" + size;
        return this;
    }

    /** Logs the node's garbage collections to gc.log in its directory, to follow its heap over a run. */
    public ServerNode gcLog() {
        this.gcLog = true;
        return this;
    }

    /**
     * The heap in use right after each collection logged since the node started, in MB, oldest first: the live
     * data, whose growth over a run tells whether memory stays flat.
     */
    public List<Long> heapAfterCollectionsMb() throws IOException {
        Pattern pause = Pattern.compile("Pause .*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        List<Long> after = new ArrayList<>();
        for (String line : Files.readAllLines(base.resolve("gc.log"))) {
            Matcher matcher = pause.matcher(line);
            if (matcher.find()) {
                after.add(Long.parseLong(matcher.group(2)));
            }
        }
        return after;
    }

    /** Sets a variable of the node's environment for its next start; null: the inherited value. */
    public ServerNode environment(String name, String value) {
        if (value == null) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
        return this;
    }

    public Path dataDir() {
        return base.resolve("data");
    }

    /** The port of the node's management interface. */
    public int managementPort() {
        return ServerClock.MANAGEMENT_PORT + portOffset;
    }

    /** The node's server log. */
    public Path serverLog() {
        return base.resolve("log/server.log");
    }

    /** The node's management interface (health checks), plain HTTP on loopback. */
    /** The node's readiness check, {@code /health/ready} on its management interface. */
    public HttpResponse<String> readiness() throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(managementUrl() + "/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort();
    }

    public String baseUrl() {
        return "https://localhost:" + httpsPort();
    }

    public int httpsPort() {
        return 8443 + portOffset;
    }

    public String name() {
        return name;
    }

    /** Starts the node and waits until the platform answers on its partner door. */
    public ServerNode start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                initialHeap, heap,
                "-Djboss.home.dir=" + HOME.toAbsolutePath(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.node.name=" + name,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dlogging.configuration=file:" + base.resolve("configuration/logging.properties"),
                "-Djboss.server.log.dir=" + base.resolve("log"),
                "-Dimprimfip.demo=true",
                "-Dimprimfip.maintenance.recurring=none",
                "-Dimprimfip.quota.window-seconds=10",
                "-Dimprimfip.quota.calls-per-minute=100000",
                "-Dimprimfip.batch.fault-injection=true",
                "-Dimprimfip.retention.purge-enabled=false",
                "-Dimprimfip.clock.adjustable=true"));
        if (gcLog) {
            command.add("-Xlog:gc:file=" + base.resolve("gc.log"));
        }
        String extra = System.getProperty("node.jvm.args", "").replace("{base}", base.toString());
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", HOME.resolve("jboss-modules.jar").toAbsolutePath().toString(),
                "-mp", HOME.resolve("modules").toAbsolutePath().toString(),
                "org.jboss.as.standalone", "-c", "standalone.xml"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady();
        return this;
    }

    /** The processor time the node's JVM has used so far (every thread, user and system). */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow();
    }

    /**
     * The processor time the node's JIT compiler threads have used so far, read from {@code /proc} (Linux); zero
     * where it cannot be read. Tells whether a benchmark measured a warm node or one still compiling.
     */
    public Duration compilerCpuTime() {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        long ticks = 0;
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    String stat = Files.readString(thread.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 10); // USER_HZ is 100 on Linux
    }

    /**
     * Stops the node as an operator does (scripts/stop-node.sh): drained, then shut down gracefully; returns once its
     * JVM has ended.
     */
    public void drainAndStop() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder("bash", Path.of("..", "scripts", "stop-node.sh").toString(),
                dataDir().toString(), Integer.toString(managementPort()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("console.log").toFile())).start();
        if (stop.waitFor() != 0) {
            throw new IllegalStateException("scripts/stop-node.sh failed for node " + name + "; see "
                    + base.resolve("console.log"));
        }
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("Node " + name + " still running 90 s after its graceful shutdown");
        }
    }

    /** Kills the node's JVM at once, as {@code kill -9} would: no shutdown hook, no clean undeploy. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitReady() throws InterruptedException {
        ApiClient api = new ApiClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " stopped while starting; see " + base.resolve("log"));
            }
            try {
                int status = api.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/etatSante"))
                        .headers(ApiClient.v1Headers(null)).GET()).status();
                if (status == 401) {
                    return;
                }
            } catch (IllegalStateException | AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Node " + name + " not ready after 120 s; see " + base.resolve("log"));
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Webhooks of this node as the shared test server has them (arquillian.xml): endpoints may be on loopback, the
     * demo authority (truststore.p12 of the node's configuration) is trusted for their certificates, the first retry
     * comes after a second and an answer is awaited two seconds.
     */
    public ServerNode webhooksToLoopback() {
        return environment("IMPRIMFIP_WEBHOOK_ALLOW_LOOPBACK", "true")
                .environment("IMPRIMFIP_WEBHOOK_RETRY_FIRST_SECONDS", "1")
                .environment("IMPRIMFIP_WEBHOOK_READ_TIMEOUT_SECONDS", "2")
                .environment("IMPRIMFIP_WEBHOOK_TRUST_STORE", "truststore.p12")
                .environment("IMPRIMFIP_WEBHOOK_TRUST_STORE_PASSWORD", "demo-pki-password");
    }
}
