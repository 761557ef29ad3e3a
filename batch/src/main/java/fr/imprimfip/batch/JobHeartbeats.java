package fr.imprimfip.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The signs of life of job executions: which node runs each one and when it last beat, every 10 s (shared by every
 * node through the database), and which ones run on this node (in memory). Each beat is its own transaction, so
 * that it is seen at once, and none depends on a step reaching the end of a chunk.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobHeartbeats {

    /** This node's name, as its audit chain and its heartbeats know it. */
    private static final Logger LOG = Logger.getLogger(JobHeartbeats.class.getName());

    public static final String THIS_NODE = System.getProperty("jboss.node.name", "standalone");

    @Resource(lookup = "java:jboss/datasources/ImprimfipDS")
    private DataSource database;

    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    /** The last beat of an execution: where and when. */
    public record Beat(String node, Instant at) {
    }

    public void started(long executionId) {
        runningHere.add(executionId);
        beat(executionId, Instant.now());
    }

    /** Every 10 s, each run going on this node beats, whatever its step is busy with. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "job heartbeats")
    void beatAll() {
        Instant now = Instant.now();
        for (long executionId : runningHere) {
            try {
                beat(executionId, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Heartbeat of job execution " + executionId + " not recorded", e);
            }
        }
    }

    private void beat(long executionId, Instant at) {
        try (Connection db = database.getConnection()) {
            try (PreparedStatement update = db.prepareStatement(
                    "update job_heartbeat set node = ?, beat_at = ? where execution_id = ?")) {
                update.setString(1, THIS_NODE);
                update.setTimestamp(2, Timestamp.from(at));
                update.setLong(3, executionId);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into job_heartbeat (execution_id, node, beat_at) values (?, ?, ?)")) {
                insert.setLong(1, executionId);
                insert.setString(2, THIS_NODE);
                insert.setTimestamp(3, Timestamp.from(at));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EJBException("Cannot record the heartbeat of job execution " + executionId, e);
        }
    }

    public void ended(long executionId) {
        runningHere.remove(executionId);
        try (Connection db = database.getConnection();
             PreparedStatement delete = db.prepareStatement("delete from job_heartbeat where execution_id = ?")) {
            delete.setLong(1, executionId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException("Cannot clear the heartbeat of job execution " + executionId, e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Beat> last(long executionId) {
        try (Connection db = database.getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select node, beat_at from job_heartbeat where execution_id = ?")) {
            query.setLong(1, executionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Beat(row.getString(1), row.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EJBException("Cannot read the heartbeat of job execution " + executionId, e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean runsHere(long executionId) {
        return runningHere.contains(executionId);
    }
}
