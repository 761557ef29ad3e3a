package fr.imprimfip.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Appends events to a chain, holding the chain's head locked meanwhile: each event's hash follows its
 * predecessor's, and the head records the last one. Plain JDBC in batches, since every call of the platform leaves
 * an event (a thousand events a second and more) and loading them as entities cost more than the calls themselves.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditWriter {

    private static final String INSERT = "insert into audit_event (id, chain_id, chain_seq, occurred_at, actor_kind,"
            + " actor, certificate_sha256, ip, correlation_id, operation, target, outcome, http_status, reason,"
            + " duration_ms, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The events' sequence moves 50 at a time: each value read numbers the 50 events from it. */
    private static final int IDS_PER_VALUE = 50;

    @Resource(lookup = "java:jboss/datasources/ImprimfipDS")
    private DataSource database;

    private volatile String nextIdQuery;

    /** Appends {@code records} in a transaction of their own. */
    public void append(String chainId, List<AuditRecord> records) {
        write(chainId, records);
    }

    /** Appends {@code records} within the caller's transaction: they stand or fall with what it does. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appendWithin(String chainId, List<AuditRecord> records) {
        write(chainId, records);
    }

    private void write(String chainId, List<AuditRecord> records) {
        try (Connection db = database.getConnection()) {
            AuditChainHead head = lockedHead(db, chainId);
            try (PreparedStatement insert = db.prepareStatement(INSERT);
                 PreparedStatement ids = db.prepareStatement(nextIdQuery(db))) {
                long id = 0;
                for (int i = 0; i < records.size(); i++) {
                    id = i % IDS_PER_VALUE == 0 ? nextIdValue(ids) : id + 1;
                    insert.setLong(1, id);
                    AuditRecord record = records.get(i);
                    bind(insert, head.append(record), record);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = db.prepareStatement(
                    "update audit_chain set last_seq = ?, last_hash = ? where chain_id = ?")) {
                update.setLong(1, head.lastSeq());
                update.setString(2, head.lastHash());
                update.setString(3, chainId);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EJBException("Cannot append " + records.size() + " events to the audit chain " + chainId, e);
        }
    }

    /** The chain's head, locked until the transaction ends; created when the chain has none yet. */
    private static AuditChainHead lockedHead(Connection db, String chainId) throws SQLException {
        try (PreparedStatement head = db.prepareStatement(
                "select last_seq, last_hash from audit_chain where chain_id = ? for update")) {
            head.setString(1, chainId);
            try (ResultSet row = head.executeQuery()) {
                if (row.next()) {
                    return AuditChainHead.at(chainId, row.getLong(1), row.getString(2));
                }
            }
        }
        start(db, chainId);
        return AuditChainHead.start(chainId);
    }

    private static void start(Connection db, String chainId) throws SQLException {
        try (PreparedStatement head = db.prepareStatement(
                "insert into audit_chain (chain_id, last_seq, last_hash) values (?, 0, ?)")) {
            head.setString(1, chainId);
            head.setString(2, AuditHash.GENESIS);
            head.executeUpdate();
        }
    }

    private static void bind(PreparedStatement insert, AuditEvent event, AuditRecord record) throws SQLException {
        insert.setString(2, event.chainId());
        insert.setLong(3, event.chainSeq());
        insert.setObject(4, OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC));
        insert.setString(5, record.actorKind().name());
        insert.setString(6, record.actor());
        insert.setString(7, record.certificateSha256());
        insert.setString(8, record.ip());
        insert.setString(9, record.correlationId());
        insert.setString(10, record.operation());
        insert.setString(11, record.target());
        insert.setString(12, record.outcome().name());
        if (record.httpStatus() == null) {
            insert.setNull(13, Types.INTEGER);
        } else {
            insert.setInt(13, record.httpStatus());
        }
        insert.setString(14, record.reason());
        if (record.durationMs() == null) {
            insert.setNull(15, Types.BIGINT);
        } else {
            insert.setLong(15, record.durationMs());
        }
        insert.setString(16, event.previousHash());
        insert.setString(17, event.hash());
    }

    /** The query reading the next value of the events' sequence, in the database's dialect. */
    private String nextIdQuery(Connection db) throws SQLException {
        if (nextIdQuery == null) {
            nextIdQuery = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? "select nextval('audit_event_seq')" : "select next value for audit_event_seq";
        }
        return nextIdQuery;
    }

    private static long nextIdValue(PreparedStatement ids) throws SQLException {
        try (ResultSet value = ids.executeQuery()) {
            value.next();
            return value.getLong(1);
        }
    }
}
