package fr.imprimfip.availability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.imprimfip.access.MaintenanceSchedule;
import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.shared.ContentKey;

/**
 * The partner door's real state, as the v1 health check tells it and as the probes record it: in maintenance (and
 * until when), or unable to serve because the database does not answer, the content store cannot be written or
 * the content key is not the platform's; available otherwise. The failures named are short and name no secret.
 */
@ApplicationScoped
public class ServiceState {

    private static final Logger LOG = Logger.getLogger(ServiceState.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/ImprimfipDS")
    DataSource dataSource;

    @Inject
    MaintenanceSchedule maintenance;

    @Inject
    ContentStore store;

    @Inject
    ContentKey key;

    /**
     * The state now.
     *
     * @param maintenanceUntil the end of the maintenance the door is in, if so
     * @param failure          why the service cannot serve, if it cannot (maintenance included)
     */
    public record State(Optional<Instant> maintenanceUntil, Optional<String> failure) {

        public boolean available() {
            return failure.isEmpty();
        }
    }

    public State check() {
        Optional<Instant> until = maintenance.untilNow();
        if (until.isPresent()) {
            return new State(until, Optional.of("maintenance until " + until.get()));
        }
        return new State(Optional.empty(), databaseFailure().or(this::contentKeyFailure).or(this::contentStoreFailure));
    }

    /** Why the database cannot serve, if it cannot: it does not give a valid connection within 3 seconds. */
    public Optional<String> databaseFailure() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS) ? Optional.empty()
                    : Optional.of("database does not answer");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: the database does not answer", e);
            return Optional.of("database does not answer");
        }
    }

    private Optional<String> contentKeyFailure() {
        return key.usable() ? Optional.empty() : Optional.of("content key unusable");
    }

    /** Why the content store cannot take files, if it cannot: its root is not a writable directory. */
    public Optional<String> contentStoreFailure() {
        Path root = store.directories().root();
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            return Optional.of("content store not writable");
        }
        return Optional.empty();
    }
}
