package fr.imprimfip.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Writes a letter's index entries in JDBC batches on the transaction's own connection. A file of 10,000 letters has
 * some 30,000 of them; as entities, managing and flushing them cost more than half of recording the file's analysis
 * (docs/benchmarks.md). Their ids come from {@code person_index_seq} by blocks of 50, read as the entity's pooled
 * generator reads them (each value the top of its block), so that the two never hand out the same id.
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
        if (digests.isEmpty()) {
            return;
        }
        Session session = em.unwrap(Session.class);
        String nextBlock = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
        try {
            session.doWork(connection -> write(connection, nextBlock, depositId, partnerId, keyId, digests));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException) {
                throw new PersistenceException("Person index not written", e.getCause());
            }
            throw e;
        }
    }

    private static void write(Connection connection, String nextBlock, long depositId, long partnerId, String keyId,
                              Collection<Map.Entry<PersonKey, String>> digests) throws SQLException {
        try (PreparedStatement block = connection.prepareStatement(nextBlock);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            long next = 0;
            long last = -1;
            int pending = 0;
            for (Map.Entry<PersonKey, String> digest : digests) {
                if (next > last) {
                    last = topOfNextBlock(block);
                    next = last - BLOCK + 1;
                }
                if (digest.getValue().length() != BlindIndex.DIGEST_LENGTH || keyId.length() > 64) {
                    throw new IllegalArgumentException("A blind index is 64 hex digits under a key id of 64"
                            + " characters");
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
        }
    }

    /**
     * The top of a block no one else holds. The sequence's first value is its start, below a whole block: the pooled
     * generator then takes the ids up to the next value, so that block is left to it and the next one taken.
     */
    private static long topOfNextBlock(PreparedStatement block) throws SQLException {
        long top = nextValue(block);
        return top < BLOCK ? nextValue(block) : top;
    }

    private static long nextValue(PreparedStatement block) throws SQLException {
        try (ResultSet value = block.executeQuery()) {
            value.next();
            return value.getLong(1);
        }
    }
}
