package fr.imprimfip.deposit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The directories of the content store. Stored files live under dated directories of the root, encrypted; the
 * transient files of a node live in directories of its own, named after the node, so that nodes sharing a store
 * each sweep only what they wrote:
 * <ul>
 * <li>{@code incoming/<node>}: encrypted files being written, moved into place once complete;</li>
 * <li>{@code work/<node>}: plaintext copies read during one analysis or one composition, and PDFBox's scratch
 * files next to them;</li>
 * <li>{@code spool/<node>}: uploads the server spools while it receives a request (plaintext).</li>
 * </ul>
 */
public record StoreDirectories(Path root, String node) {

    /** Where the store is when {@code imprimfip.storage.dir} is not set. */
    public static StoreDirectories of(Optional<String> configuredRoot) {
        Path root = configuredRoot.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "imprimfip", "files"));
        return new StoreDirectories(root.toAbsolutePath().normalize(), nodeName());
    }

    /** This server node as its directories are named: {@code jboss.node.name} with only safe characters. */
    static String nodeName() {
        return System.getProperty("jboss.node.name", "standalone").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public Path incoming() {
        return root.resolve("incoming").resolve(node);
    }

    public Path work() {
        return root.resolve("work").resolve(node);
    }

    public Path spool() {
        return root.resolve("spool").resolve(node);
    }

    StoreDirectories create() throws IOException {
        for (Path directory : List.of(incoming(), work(), spool())) {
            Files.createDirectories(directory);
        }
        return this;
    }
}
