package fr.imprimfip.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import fr.imprimfip.persistence.TransactionConnection;

/**
 * Writes a letter's index entries in JDBC batches on the transaction's own connection. A file of 10,000 letters has
 * some 30,000 of them; as entities, managing and flushing them cost more than half of recording the file's analysis
 * on PostgreSQL (docs/benchmarks.md). Their ids come from {@code person_index_seq}, which steps by 50: each value read
 * is the first of a block of 50 ids. The sequence's first value came after every id the table held when it was
 * created (migration V55), and every value after the ids handed out before it, so no block meets an id in use.
 */
final class PersonIndexRows {

    static final String SEQUENCE = "person_index_seq";
    static final int BLOCK = 50;
    private static final String INSERT = "insert into person_index (id, deposit_id, partner_id, kind, key_id, digest)"
            + " values (?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 500;

    private PersonIndexRows() {
    }

    /** Inserts one entry per (kind, digest) for the letter; nothing when there is none. */
    static void insert(EntityManager em, long depositId, long partnerId, String keyId,
                       Collection<Map.Entry<PersonKey, String>> digests) {
        if (keyId.length() > 64 || digests.stream().anyMatch(d -> d.getValue().length() != BlindIndex.DIGEST_LENGTH)) {
            throw new IllegalArgumentException("A blind index is 64 hex digits under a key id of 64 characters");
        }
        if (digests.isEmpty()) {
            return;
        }
        String nextBlock = em.unwrap(Session.class).getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
        TransactionConnection.run(em, "Person index",
                connection -> write(connection, nextBlock, depositId, partnerId, keyId, digests));
    }

    private static int write(Connection connection, String nextBlock, long depositId, long partnerId, String keyId,
                             Collection<Map.Entry<PersonKey, String>> digests) throws SQLException {
        try (PreparedStatement block = connection.prepareStatement(nextBlock);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            long next = 0;
            long endOfBlock = 0;
            int pending = 0;
            for (Map.Entry<PersonKey, String> digest : digests) {
                if (next == endOfBlock) {
                    next = nextValue(block);
                    endOfBlock = next + BLOCK;
                }
                insert.setLong(1, next++);
                insert.setLong(2, depositId);
                insert.setLong(3, partnerId);
                insert.setString(4, digest.getKey().name());
                insert.setString(5, keyId);
                insert.setString(6, digest.getValue());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            return digests.size();
        }
    }

    private static long nextValue(PreparedStatement block) throws SQLException {
        try (ResultSet value = block.executeQuery()) {
            value.next();
            return value.getLong(1);
        }
    }
}
