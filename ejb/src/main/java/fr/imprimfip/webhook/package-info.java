/**
 * Webhooks: events pushed to the partners' HTTPS endpoints, signed as the Standard Webhooks specification says.
 * Owns the subscriptions (per partner and environment, their secret sealed with the content key), the events raised
 * inside the business transactions ({@link fr.imprimfip.webhook.WebhookEvents}, and the changes of deposits,
 * documents, electronic letters and statements seen as they are written, by {@link fr.imprimfip.webhook.ChangeEvents}),
 * the durable delivery outbox with its retries, leases and per-endpoint fairness
 * ({@link fr.imprimfip.webhook.WebhookDispatcher}), the guard against request forgery
 * ({@link fr.imprimfip.webhook.AddressGuard}) and the delivery log.
 */
package fr.imprimfip.webhook;
