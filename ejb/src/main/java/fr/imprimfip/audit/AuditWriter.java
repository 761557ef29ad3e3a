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
            + " duration_ms, previous_hash, hash) values (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/ImprimfipDS")
    private DataSource database;

    private volatile String nextId;

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
            long lastSeq = 0;
            String lastHash = AuditHash.GENESIS;
            try (PreparedStatement head = db.prepareStatement(
                    "select last_seq, last_hash from audit_chain where chain_id = ? for update")) {
                head.setString(1, chainId);
                try (ResultSet row = head.executeQuery()) {
                    if (row.next()) {
                        lastSeq = row.getLong(1);
                        lastHash = row.getString(2);
                    } else {
                        start(db, chainId);
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement(String.format(INSERT, nextId(db)))) {
                for (AuditRecord record : records) {
                    long seq = lastSeq + 1;
                    String hash = AuditHash.of(lastHash, chainId, seq, record);
                    bind(insert, chainId, seq, record, lastHash, hash);
                    insert.addBatch();
                    lastSeq = seq;
                    lastHash = hash;
                }
                insert.executeBatch();
            }
            try (PreparedStatement head = db.prepareStatement(
                    "update audit_chain set last_seq = ?, last_hash = ? where chain_id = ?")) {
                head.setLong(1, lastSeq);
                head.setString(2, lastHash);
                head.setString(3, chainId);
                head.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EJBException("Cannot append " + records.size() + " events to the audit chain " + chainId, e);
        }
    }

    private static void start(Connection db, String chainId) throws SQLException {
        try (PreparedStatement head = db.prepareStatement(
                "insert into audit_chain (chain_id, last_seq, last_hash) values (?, 0, ?)")) {
            head.setString(1, chainId);
            head.setString(2, AuditHash.GENESIS);
            head.executeUpdate();
        }
    }

    private static void bind(PreparedStatement insert, String chainId, long seq, AuditRecord record,
                             String previousHash, String hash) throws SQLException {
        insert.setString(1, chainId);
        insert.setLong(2, seq);
        insert.setObject(3, OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC));
        insert.setString(4, record.actorKind().name());
        insert.setString(5, record.actor());
        insert.setString(6, record.certificateSha256());
        insert.setString(7, record.ip());
        insert.setString(8, record.correlationId());
        insert.setString(9, record.operation());
        insert.setString(10, record.target());
        insert.setString(11, record.outcome().name());
        if (record.httpStatus() == null) {
            insert.setNull(12, Types.INTEGER);
        } else {
            insert.setInt(12, record.httpStatus());
        }
        insert.setString(13, record.reason());
        if (record.durationMs() == null) {
            insert.setNull(14, Types.BIGINT);
        } else {
            insert.setLong(14, record.durationMs());
        }
        insert.setString(15, previousHash);
        insert.setString(16, hash);
    }

    /** The next value of the events' sequence, in the database's dialect. */
    private String nextId(Connection db) throws SQLException {
        if (nextId == null) {
            nextId = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? "nextval('audit_event_seq')" : "next value for audit_event_seq";
        }
        return nextId;
    }
}
