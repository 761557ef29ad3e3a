package fr.imprimfip.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * A node being stopped is first drained: the operator's stop (scripts/stop-node.sh) leaves the file
 * {@code imprimfip-draining} in the node's data directory; within a second the node reports itself not ready, so
 * that the load balancer sends it nothing new, closes each kept-alive connection as its answer ends, so that clients
 * reconnect to another node, and claims no file for analysis, while the requests and analyses under way finish.
 * The file is removed when the node starts again.
 */
@Singleton
@Startup
public class NodeDrain {

    private static final Logger LOG = Logger.getLogger(NodeDrain.class.getName());
    private static final String MARKER = "imprimfip-draining";

    private static volatile boolean draining;

    private Path marker;

    /** Whether this node is being drained before it stops. */
    public static boolean requested() {
        return draining;
    }

    @PostConstruct
    void startAccepting() {
        marker = Path.of(System.getProperty("jboss.server.data.dir", "."), MARKER);
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove " + marker + ": the node would stay drained", e);
        }
        draining = false;
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void look() {
        boolean now = Files.exists(marker);
        if (now && !draining) {
            LOG.info("The node is being drained before it stops: not ready, no new analysis, connections closed");
        }
        draining = now;
    }
}
