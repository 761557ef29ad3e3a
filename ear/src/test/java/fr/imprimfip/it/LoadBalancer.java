package fr.imprimfip.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HAProxy (the Debian package) in front of server nodes, configured by scripts/haproxy-config.sh as an operator's
 * cluster is: TCP mode, each node checked on its readiness every second.
 */
public final class LoadBalancer implements AutoCloseable {

    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final int port;
    private final Process process;

    private LoadBalancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Whether HAProxy is installed here. */
    public static boolean installed() {
        return Files.isExecutable(HAPROXY);
    }

    /** HAProxy listening on {@code port} of loopback, in front of {@code nodes}. */
    public static LoadBalancer start(int port, ServerNode... nodes) throws IOException, InterruptedException {
        Path directory = Path.of("target", "nodes", "haproxy").toAbsolutePath();
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "scripts", "haproxy-config.sh")
                .toString(), "127.0.0.1:" + port));
        for (ServerNode node : nodes) {
            command.add(node.name() + ":127.0.0.1:" + node.httpsPort() + ":" + node.managementPort());
        }
        Path configuration = directory.resolve("haproxy.cfg");
        Process write = new ProcessBuilder(command).redirectOutput(configuration.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (write.waitFor() != 0) {
            throw new IllegalStateException("scripts/haproxy-config.sh failed");
        }
        Process haproxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", configuration.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("haproxy.log").toFile()).start();
        Thread.sleep(500);
        if (!haproxy.isAlive()) {
            throw new IllegalStateException("HAProxy did not start; see " + directory.resolve("haproxy.log"));
        }
        return new LoadBalancer(port, haproxy);
    }

    public String baseUrl() {
        return "https://localhost:" + port;
    }

    /** The processor time HAProxy has used so far. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
