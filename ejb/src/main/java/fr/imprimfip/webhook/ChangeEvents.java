package fr.imprimfip.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private static final int CHUNK = 500;
    private static final Map<SharedSessionContractImplementor, List<Change>> PENDING = new ConcurrentHashMap<>();

    /** What changed: its kind and its row. */
    record Change(Kind kind, long id) {
        Change(Kind kind, Object id) {
            this(kind, ((Number) id).longValue());
        }
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
            note(event.getSession(), new Change(Kind.STATUS, event.getId()));
        } else if (entity instanceof ElectronicLetter) {
            note(event.getSession(), new Change(Kind.ELECTRONIC_LETTER, event.getId()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof Deposit && changed(event, "status") instanceof FileStatus[] s
                && !s[0].analysed() && s[1].analysed()) {
            note(event.getSession(), new Change(Kind.ANALYSIS, event.getId()));
        } else if (entity instanceof DepositedDocument && event.getOldState() != null
                && value(event.getOldState(), event, "acknowledgementReceivedAt") == null
                && value(event.getState(), event, "acknowledgementReceivedAt") != null) {
            note(event.getSession(), new Change(Kind.ACKNOWLEDGEMENT, event.getId()));
        } else if (entity instanceof ElectronicLetter && changed(event, "state") instanceof LetterState[] s
                && s[0] != s[1]) {
            note(event.getSession(), new Change(Kind.ELECTRONIC_LETTER, event.getId()));
        } else if (entity instanceof Statement && changed(event, "status") instanceof StatementStatus[] s
                && s[0] != StatementStatus.ISSUED && s[1] == StatementStatus.ISSUED) {
            note(event.getSession(), new Change(Kind.STATEMENT, event.getId()));
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
            Set<String> subscribers = subscribers(connection);
            if (subscribers.isEmpty()) {
                return;         // no partner has a webhook: nothing to read (a cut-off changes thousands of letters)
            }
            Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
            for (Change change : changes) {
                byKind.computeIfAbsent(change.kind(), k -> new ArrayList<>()).add(change.id());
            }
            for (Map.Entry<Kind, List<Long>> kind : byKind.entrySet()) {
                List<Long> ids = kind.getValue();
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    for (EventRows.Raised raised : raised(connection, kind.getKey(),
                            ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                        if (subscribers.contains(raised.partnerId() + ":" + raised.environment())) {
                            EventRows.write(connection, raised, now);
                        }
                    }
                }
            }
        });
    }

    /** The partners and environments with a subscription, as {@code partnerId:ENVIRONMENT}. */
    private static Set<String> subscribers(Connection connection) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select distinct partner_id, environment"
                + " from webhook_subscription where status <> 'DELETED'"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getLong(1) + ":" + rows.getString(2));
            }
        }
        return found;
    }

    /** The events the changes of a kind raise, read from the rows just flushed. */
    static List<EventRows.Raised> raised(Connection connection, Kind kind, List<Long> ids) throws SQLException {
        return switch (kind) {
            case STATUS -> read(connection, "select d.partner_id, d.environment, d.internal_ref,"
                    + " doc.position_in_file, c.status, c.changed_at, d.sending_type from document_status_change c"
                    + " join deposit_document doc on doc.id = c.document_id join deposit d on d.id = doc.deposit_id"
                    + " where c.id in ", ids, row -> {
                        DocumentStatus status = DocumentStatus.valueOf(row.getString(5));
                        return raised(row, WebhookEventType.DOCUMENT_STATUS_CHANGED, row.getObject(6,
                                OffsetDateTime.class), Json.createObjectBuilder().add("reference", row.getString(3))
                                .add("position", row.getInt(4)).add("status", status.label())
                                .add("statusName", status.name()).add("sendingType", row.getString(7)));
                    });
            case ANALYSIS -> read(connection, "select d.partner_id, d.environment, d.internal_ref, d.status,"
                    + " d.analyzed_at, d.analyzed_docs, d.rejected_docs, d.sending_type from deposit d"
                    + " where d.id in ", ids, row -> {
                        FileStatus status = FileStatus.valueOf(row.getString(4));
                        return raised(row, WebhookEventType.FILE_ANALYSED, row.getObject(5, OffsetDateTime.class),
                                Json.createObjectBuilder().add("reference", row.getString(3))
                                        .add("outcome", status.name()).add("status", status.label())
                                        .add("documents", row.getInt(6)).add("rejected", row.getInt(7))
                                        .add("sendingType", row.getString(8)));
                    });
            case ACKNOWLEDGEMENT -> read(connection, "select d.partner_id, d.environment, d.internal_ref,"
                    + " doc.position_in_file, doc.ar_received_at from deposit_document doc"
                    + " join deposit d on d.id = doc.deposit_id where doc.id in ", ids,
                    row -> raised(row, WebhookEventType.PROOF_AVAILABLE, row.getObject(5, OffsetDateTime.class),
                            Json.createObjectBuilder().add("reference", row.getString(3))
                                    .add("position", row.getInt(4)).add("proof", "ACKNOWLEDGEMENT_OF_RECEIPT")));
            case ELECTRONIC_LETTER -> read(connection, "select d.partner_id, d.environment, d.internal_ref,"
                    + " l.document_position, l.state, coalesce(l.decided_at, l.failed_at, l.notified_at, l.taken_at)"
                    + " from lre_letter l join deposit d on d.id = l.deposit_id where l.id in ", ids, row -> {
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
                    + " s.issued_at, s.total_amount, s.statement_number from statement s where s.id in ", ids,
                    row -> raised(row, WebhookEventType.STATEMENT_ISSUED, row.getObject(5, OffsetDateTime.class),
                            Json.createObjectBuilder().add("reference", String.valueOf(row.getLong(3)))
                                    .add("number", Objects.requireNonNullElse(row.getString(7), ""))
                                    .add("href", "/api/v2/statements/" + row.getLong(3))
                                    .add("year", row.getInt(4)).add("totalAmount", row.getBigDecimal(6))));
        };
    }

    @FunctionalInterface
    private interface RowReader {
        EventRows.Raised read(ResultSet row) throws SQLException;
    }

    private static List<EventRows.Raised> read(Connection connection, String sql, List<Long> ids, RowReader reader)
            throws SQLException {
        String in = "(" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement query = connection.prepareStatement(sql + in)) {
            for (int i = 0; i < ids.size(); i++) {
                query.setLong(i + 1, ids.get(i));
            }
            List<EventRows.Raised> raised = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    raised.add(reader.read(row));
                }
            }
            return raised;
        }
    }

    private static EventRows.Raised raised(ResultSet row, WebhookEventType type, OffsetDateTime at,
                                           JsonObjectBuilder data) throws SQLException {
        return new EventRows.Raised(row.getLong(1), ServiceEnvironment.valueOf(row.getString(2)), type,
                Objects.requireNonNullElseGet(at, OffsetDateTime::now).toInstant(), data.build(), null);
    }
}
