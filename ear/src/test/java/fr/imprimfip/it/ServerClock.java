package fr.imprimfip.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The clock of a test server (started with {@code -Dimprimfip.clock.adjustable=true}), moved through its management
 * interface as an operator of the server would: the platform's doors cannot move it. Closing puts it back.
 */
public final class ServerClock implements AutoCloseable {

    public static final int MANAGEMENT_PORT = 9990;
    private static final String OFFSET_PROPERTY = "imprimfip.clock.offset";

    private final int managementPort;

    private ServerClock(int managementPort) {
        this.managementPort = managementPort;
    }

    /** The clock of the Arquillian-managed server. */
    public static ServerClock ofTestServer() {
        return new ServerClock(MANAGEMENT_PORT);
    }

    public static ServerClock of(ServerNode node) {
        return new ServerClock(node.managementPort());
    }

    /** Moves the server's clock so that its "now" is {@code instant}, or a little after; never backwards. */
    public ServerClock movedTo(Instant instant) {
        Duration ahead = Duration.between(Instant.now(), instant).plusSeconds(2);
        if (!ahead.isNegative()) {
            setOffset(ahead.toString());
        }
        return this;
    }

    @Override
    public void close() {
        setOffset(null);
    }

    private void setOffset(String offset) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                managementPort)) {
            ModelNode remove = operation("remove");
            client.execute(remove);
            if (offset != null) {
                ModelNode add = operation("add");
                add.get("value").set(offset);
                ModelNode result = client.execute(add);
                if (!"success".equals(result.get("outcome").asString())) {
                    throw new IllegalStateException("Cannot move the server's clock: " + result);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the server's management interface", e);
        }
    }

    private static ModelNode operation(String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").add("system-property", OFFSET_PROPERTY);
        return operation;
    }
}
