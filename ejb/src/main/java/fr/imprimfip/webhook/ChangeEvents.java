package fr.imprimfip.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import fr.imprimfip.billing.Statement;
import fr.imprimfip.billing.StatementStatus;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.DocumentStatusChange;
import fr.imprimfip.deposit.FileStatus;
import fr.imprimfip.lre.ElectronicLetter;
import fr.imprimfip.lre.LetterState;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The events raised by what is written, wherever it is written: every status a document takes (each one recorded in
 * its history), a file's analysis ending, a registered letter's acknowledgement of receipt arriving, an electronic
 * registered letter reaching a step that has its proof, a statement being issued. Seen by Hibernate as the rows are
 * flushed, noted, and written to the outbox just before the transaction commits, with its connection, so an event
 * exists if and only if its change does; the dispatcher is woken once the transaction committed.
 */
public class ChangeEvents implements Integrator, PostInsertEventListener, PostUpdateEventListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ChangeEvents.class.getName());
    private static final Map<SharedSessionContractImplementor, List<Change>> PENDING = new ConcurrentHashMap<>();

    /** What changed: its kind, its row, and for an electronic letter the state it reached. */
    record Change(Kind kind, Object id, String detail) {
    }

    enum Kind { STATUS, ANALYSIS, ACKNOWLEDGEMENT, ELECTRONIC_LETTER, STATEMENT }

    @Override
    public void integrate(Metadata metadata, SessionFactoryImplementor sessionFactory,
                          SessionFactoryServiceRegistry serviceRegistry) {
        EventListenerRegistry listeners = serviceRegistry.getService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof DocumentStatusChange) {
            note(event.getSession(), new Change(Kind.STATUS, event.getId(), null));
        } else if (entity instanceof ElectronicLetter) {
            note(event.getSession(), new Change(Kind.ELECTRONIC_LETTER, event.getId(), null));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof Deposit && changed(event, "status") instanceof FileStatus[] s
                && !s[0].analysed() && s[1].analysed()) {
            note(event.getSession(), new Change(Kind.ANALYSIS, event.getId(), null));
        } else if (entity instanceof DepositedDocument && event.getOldState() != null
                && value(event.getOldState(), event, "acknowledgementReceivedAt") == null
                && value(event.getState(), event, "acknowledgementReceivedAt") != null) {
            note(event.getSession(), new Change(Kind.ACKNOWLEDGEMENT, event.getId(), null));
        } else if (entity instanceof ElectronicLetter && changed(event, "state") instanceof LetterState[] s
                && s[0] != s[1]) {
            note(event.getSession(), new Change(Kind.ELECTRONIC_LETTER, event.getId(), null));
        } else if (entity instanceof Statement && changed(event, "status") instanceof StatementStatus[] s
                && s[0] != StatementStatus.ISSUED && s[1] == StatementStatus.ISSUED) {
            note(event.getSession(), new Change(Kind.STATEMENT, event.getId(), null));
        }
    }

    /** The old and new values of a property, as an array of its type, when both are known. */
    private static Object changed(PostUpdateEvent event, String property) {
        if (event.getOldState() == null) {
            return null;
        }
        Object before = value(event.getOldState(), event, property);
        Object after = value(event.getState(), event, property);
        if (before == null || after == null) {
            return null;
        }
        Object pair = java.lang.reflect.Array.newInstance(after.getClass(), 2);
        java.lang.reflect.Array.set(pair, 0, before);
        java.lang.reflect.Array.set(pair, 1, after);
        return pair;
    }

    private static Object value(Object[] state, PostUpdateEvent event, String property) {
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return state[i];
            }
        }
        return null;
    }

    private static void note(SessionImplementor session, Change change) {
        List<Change> changes = PENDING.computeIfAbsent(session, s -> {
            session.getActionQueue().registerProcess(ChangeEvents::writeBeforeCommit);
            session.getActionQueue().registerProcess((success, done) -> {
                PENDING.remove(done);
                if (success) {
                    wakeDispatcher();
                }
            });
            return new ArrayList<>();
        });
        changes.add(change);
    }

    /** Registers a wake-up of the dispatcher once the session's transaction has committed. */
    static void wakeDispatcherAfterCommit(SessionImplementor session) {
        session.getActionQueue().registerProcess((success, done) -> {
            if (success) {
                wakeDispatcher();
            }
        });
    }

    private static void wakeDispatcher() {
        try {
            CDI.current().select(WebhookDispatcher.class).get().wake();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Webhook dispatcher not woken; its timer sends the deliveries", e);
        }
    }

    private static void writeBeforeCommit(SessionImplementor session) {
        List<Change> changes = PENDING.remove(session);
        if (changes == null || changes.isEmpty()) {
            return;
        }
        Instant now = CDI.current().select(Clock.class).get().instant();
        session.doWork(connection -> {
            for (Change change : changes) {
                EventRows.Raised raised = raised(connection, change);
                if (raised != null) {
                    EventRows.write(connection, raised, now);
                }
            }
        });
    }

    /** The event a change raises, read from the rows just flushed; null when there is none to raise. */
    static EventRows.Raised raised(Connection connection, Change change) throws SQLException {
        return switch (change.kind()) {
            case STATUS -> read(connection, "select d.partner_id, d.environment, d.internal_ref,"
                    + " doc.position_in_file, c.status, c.changed_at, d.sending_type from document_status_change c"
                    + " join deposit_document doc on doc.id = c.document_id join deposit d on d.id = doc.deposit_id"
                    + " where c.id = ?", change.id(), row -> {
                        DocumentStatus status = DocumentStatus.valueOf(row.getString(5));
                        return raised(row, WebhookEventType.DOCUMENT_STATUS_CHANGED, row.getObject(6,
                                OffsetDateTime.class), Json.createObjectBuilder().add("reference", row.getString(3))
                                .add("position", row.getInt(4)).add("status", status.label())
                                .add("statusName", status.name()).add("sendingType", row.getString(7)));
                    });
            case ANALYSIS -> read(connection, "select d.partner_id, d.environment, d.internal_ref, d.status,"
                    + " d.analyzed_at, d.analyzed_docs, d.rejected_docs, d.sending_type from deposit d"
                    + " where d.id = ?", change.id(), row -> {
                        FileStatus status = FileStatus.valueOf(row.getString(4));
                        return raised(row, WebhookEventType.FILE_ANALYSED, row.getObject(5, OffsetDateTime.class),
                                Json.createObjectBuilder().add("reference", row.getString(3))
                                        .add("outcome", status.name()).add("status", status.label())
                                        .add("documents", row.getInt(6)).add("rejected", row.getInt(7))
                                        .add("sendingType", row.getString(8)));
                    });
            case ACKNOWLEDGEMENT -> read(connection, "select d.partner_id, d.environment, d.internal_ref,"
                    + " doc.position_in_file, doc.ar_received_at from deposit_document doc"
                    + " join deposit d on d.id = doc.deposit_id where doc.id = ?", change.id(),
                    row -> raised(row, WebhookEventType.PROOF_AVAILABLE, row.getObject(5, OffsetDateTime.class),
                            Json.createObjectBuilder().add("reference", row.getString(3))
                                    .add("position", row.getInt(4)).add("proof", "ACKNOWLEDGEMENT_OF_RECEIPT")));
            case ELECTRONIC_LETTER -> read(connection, "select d.partner_id, d.environment, d.internal_ref,"
                    + " l.document_position, l.state, coalesce(l.decided_at, l.failed_at, l.notified_at, l.taken_at)"
                    + " from lre_letter l join deposit d on d.id = l.deposit_id where l.id = ?", change.id(), row -> {
                        String proof = switch (LetterState.valueOf(row.getString(5))) {
                            case TAKEN -> "DEPOSIT";
                            case NOTIFIED -> "NOTIFICATION";
                            case ACCEPTED -> "ACCEPTANCE";
                            case REFUSED -> "REFUSAL";
                            case NEGLECTED -> "NEGLECT";
                            case UNDELIVERABLE -> "UNDELIVERABLE";
                        };
                        return raised(row, WebhookEventType.PROOF_AVAILABLE, row.getObject(6, OffsetDateTime.class),
                                Json.createObjectBuilder().add("reference", row.getString(3))
                                        .add("position", row.getInt(4)).add("proof", proof));
                    });
            case STATEMENT -> read(connection, "select s.partner_id, 'PRODUCTION', s.id, s.billing_year,"
                    + " s.issued_at, s.total_amount from statement s where s.id = ?", change.id(),
                    row -> raised(row, WebhookEventType.STATEMENT_ISSUED, row.getObject(5, OffsetDateTime.class),
                            Json.createObjectBuilder().add("reference", String.valueOf(row.getLong(3)))
                                    .add("year", row.getInt(4)).add("totalAmount", row.getBigDecimal(6))));
        };
    }

    @FunctionalInterface
    private interface RowReader {
        EventRows.Raised read(ResultSet row) throws SQLException;
    }

    private static EventRows.Raised read(Connection connection, String sql, Object id, RowReader reader)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, ((Number) id).longValue());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? reader.read(row) : null;
            }
        }
    }

    private static EventRows.Raised raised(ResultSet row, WebhookEventType type, OffsetDateTime at,
                                           JsonObjectBuilder data) throws SQLException {
        return new EventRows.Raised(row.getLong(1), ServiceEnvironment.valueOf(row.getString(2)), type,
                Objects.requireNonNullElseGet(at, OffsetDateTime::now).toInstant(), data.build(), null);
    }
}
