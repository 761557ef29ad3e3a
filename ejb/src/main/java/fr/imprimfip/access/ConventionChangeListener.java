package fr.imprimfip.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import fr.imprimfip.partner.ConventionChanged;

/**
 * Hears, on PostgreSQL, the convention changes other nodes commit ({@code NOTIFY imprimfip_convention}, see
 * {@link ConventionChangeNotifier}) and forgets at once what this node decided from the old convention: its
 * admissions of that partner and its quota lease. A suspension or an isolation so reaches every node within
 * milliseconds, not at the end of the admission memory. A silent connection is checked every 30 s and replaced when
 * it no longer answers, and whatever this node remembered is then forgotten, since changes may have gone unheard.
 * On H2 (one node) there is nobody to hear.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConventionChangeListener {

    static final String CHANNEL = "imprimfip_convention";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "imprimfip-convention-listener";
    private static final long CHECK_EVERY_NANOS = 30_000_000_000L;
    private static final Logger LOG = Logger.getLogger(ConventionChangeListener.class.getName());

    @Resource(lookup = "java:jboss/datasources/ImprimfipDS")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private RecentAdmissions admissions;

    @Inject
    private CallQuota quota;

    private volatile boolean postgres;
    private volatile boolean running;
    private Thread listener;

    @PostConstruct
    void start() {
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot tell the database; convention changes of other nodes are heard within"
                    + " the admission memory only", e);
        }
        if (postgres) {
            running = true;
            listener = threads.newThread(this::listen);
            listener.start();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Whether nodes share the database and hear each other's changes. */
    public boolean signalling() {
        return postgres;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("SET application_name = '" + APPLICATION_NAME + "'");
                    listen.execute("LISTEN " + CHANNEL);
                }
                try {
                    hear(connection);
                } finally {
                    stopListening(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Listening to convention changes interrupted; trying again in 1 s", e);
                    pause();
                }
            }
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        LOG.info("Listening to convention changes of other nodes");
        // what changed while nobody listened (at start, or since the connection was lost) went unheard
        admissions.forgetAll();
        quota.forgetAll();
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(500);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    forget(notification.getParameter());
                }
            } else if (System.nanoTime() - lastCheck > CHECK_EVERY_NANOS) {
                // a connection dropped silently (a firewall, a restarted database) delivers nothing: ask
                if (!connection.isValid(5)) {
                    throw new SQLException("The listening connection no longer answers");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    /** The connection goes back to the pool as it came: not listening, under no particular name. */
    private static void stopListening(Connection connection) {
        try (Statement stop = connection.createStatement()) {
            stop.execute("UNLISTEN *");
            stop.execute("RESET application_name");
        } catch (SQLException alreadyBroken) {
            LOG.fine(() -> "Listening connection not reset: " + alreadyBroken.getMessage());
        }
    }

    private void forget(String partnerId) {
        try {
            ConventionChanged change = new ConventionChanged(Long.parseLong(partnerId));
            admissions.forget(change);
            quota.forget(change);
        } catch (NumberFormatException ignored) {
            LOG.fine(() -> "Unexpected notification " + partnerId);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
