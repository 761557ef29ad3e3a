package fr.imprimfip.persistence;

import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Plain JDBC on the current transaction's own connection, for the rows written in bulk or by hand: what the work
 * writes commits or rolls back with the transaction, and a failing statement is a {@link PersistenceException}
 * naming what was not written, as the entity manager's own failures are.
 */
public final class TransactionConnection {

    private TransactionConnection() {
    }

    /** Runs {@code work} on the connection of {@code em}'s transaction and returns what it answers. */
    public static <T> T run(EntityManager em, String what, ReturningWork<T> work) {
        try {
            return em.unwrap(Session.class).doReturningWork(work);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw new PersistenceException(what + " not written", cause);
            }
            throw e;
        }
    }
}
