package fr.imprimfip.webhook;

import java.util.List;

/**
 * One delivery attempt, composed: where to, the event's id and exact body, and the secrets in clear that sign it
 * (held in memory for the attempt only, never printed: {@link #toString()} leaves them out).
 */
record OutgoingWebhook(long deliveryId, long subscriptionId, String url, String eventId, String eventType,
                       String body, List<String> secrets) {

    @Override
    public String toString() {
        return "OutgoingWebhook[delivery=" + deliveryId + ", subscription=" + subscriptionId + ", event=" + eventId
                + "]";
    }
}
