package fr.imprimfip.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import fr.imprimfip.shared.ServiceEnvironment;

/**
 * Writes an event and its deliveries with the transaction's own connection: the one way events enter the outbox,
 * whether a capability raises them ({@link WebhookEvents}) or a change is seen as it is written
 * ({@link ChangeEvents}, during the session's flush, where no entity may be persisted). An event is kept only
 * when the partner has a subscription in that environment; a delivery is queued for each active subscription that
 * wants its type.
 */
final class EventRows {

    static final int MAX_BODY = 4000;

    private EventRows() {
    }

    /** What to write. {@code onlySubscription}: a ping, for that subscription only (whatever its types). */
    record Raised(long partnerId, ServiceEnvironment environment, WebhookEventType type, Instant occurredAt,
                  JsonObject data, Long onlySubscription) {
    }

    /** Writes the event; its id, or null when no subscription of the partner in that environment could want it. */
    static String write(Connection connection, Raised raised, Instant now) throws SQLException {
        List<Long> deliverTo = new ArrayList<>();
        boolean anySubscription = false;
        String select = "select id, status, event_types from webhook_subscription where partner_id = ?"
                + " and environment = ? and status <> 'DELETED'" + (raised.onlySubscription() == null ? ""
                : " and id = ?");
        try (PreparedStatement query = connection.prepareStatement(select)) {
            query.setLong(1, raised.partnerId());
            query.setString(2, raised.environment().name());
            if (raised.onlySubscription() != null) {
                query.setLong(3, raised.onlySubscription());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    anySubscription = true;
                    boolean active = WebhookSubscription.Status.ACTIVE.name().equals(rows.getString(2));
                    boolean wanted = raised.onlySubscription() != null
                            || Arrays.asList(rows.getString(3).split(",")).contains(raised.type().wire());
                    if (active && wanted) {
                        deliverTo.add(rows.getLong(1));
                    }
                }
            }
        }
        if (!anySubscription) {
            return null;
        }
        String id = WebhookIds.event(now);
        String body = body(id, raised);
        try (PreparedStatement insert = connection.prepareStatement("insert into webhook_event (id, partner_id,"
                + " environment, event_type, occurred_at, created_at, body) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, raised.partnerId());
            insert.setString(3, raised.environment().name());
            insert.setString(4, raised.type().wire());
            insert.setObject(5, utc(raised.occurredAt()));
            insert.setObject(6, utc(now));
            insert.setString(7, body);
            insert.executeUpdate();
        }
        if (!deliverTo.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery (event_id,"
                    + " subscription_id, state, attempts, created_at, next_attempt_at, version)"
                    + " values (?, ?, 'PENDING', 0, ?, ?, 0)")) {
                for (long subscription : deliverTo) {
                    insert.setString(1, id);
                    insert.setLong(2, subscription);
                    insert.setObject(3, utc(now));
                    insert.setObject(4, utc(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return id;
    }

    /** The JSON body partners receive; the environment is always among the data. */
    static String body(String id, Raised raised) {
        String body = Json.createObjectBuilder().add("id", id).add("type", raised.type().wire())
                .add("timestamp", raised.occurredAt().toString())
                .add("data", Json.createObjectBuilder(raised.data())
                        .add("environment", raised.environment().name())).build().toString();
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("Webhook event " + raised.type().wire() + " longer than "
                    + MAX_BODY + " characters");
        }
        return body;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
