package fr.imprimfip.webhook;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of webhooks ({@code imprimfip.webhook.*}, see docs/operations.md). */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.connect-timeout-seconds", defaultValue = "5")
    int connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.read-timeout-seconds", defaultValue = "15")
    int readTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.retry-first-seconds", defaultValue = "30")
    long retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.retry-longest-seconds", defaultValue = "21600")
    long retryLongestSeconds;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.retry-for-hours", defaultValue = "72")
    long retryForHours;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.disable-after-hours", defaultValue = "72")
    long disableAfterHours;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.in-flight-per-endpoint", defaultValue = "4")
    int inFlightPerEndpoint;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.in-flight-per-node", defaultValue = "32")
    int inFlightPerNode;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.in-flight-failing-per-node", defaultValue = "8")
    int inFlightFailingPerNode;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.max-per-partner", defaultValue = "20")
    int maxPerPartner;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.keep-days", defaultValue = "30")
    int keepDays;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.trust-store")
    java.util.Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = "imprimfip.webhook.trust-store-password")
    java.util.Optional<String> trustStorePassword;

    /** Whether endpoints may be on loopback (test servers only). */
    public boolean allowLoopback() {
        return allowLoopback;
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(Math.max(1, connectTimeoutSeconds));
    }

    /** How long an attempt waits for the endpoint's answer. */
    public Duration readTimeout() {
        return Duration.ofSeconds(Math.max(1, readTimeoutSeconds));
    }

    public RetrySchedule retries() {
        return new RetrySchedule(Duration.ofSeconds(Math.max(1, retryFirstSeconds)),
                Duration.ofSeconds(Math.max(1, retryLongestSeconds)), Duration.ofHours(Math.max(0, retryForHours)));
    }

    /** How long a subscription fails without a success before it is disabled. */
    public Duration disableAfter() {
        return Duration.ofHours(Math.max(1, disableAfterHours));
    }

    public int inFlightPerEndpoint() {
        return Math.max(1, inFlightPerEndpoint);
    }

    public int inFlightPerNode() {
        return Math.max(1, inFlightPerNode);
    }

    /**
     * How many attempts a node makes at once to endpoints that are failing (their last attempt failed): an endpoint
     * that does not answer holds its attempt until the read timeout, and those attempts never take more than this
     * share of the node's slots, so the healthy endpoints keep the rest.
     */
    public int inFlightFailingPerNode() {
        return Math.max(1, Math.min(inFlightFailingPerNode, inFlightPerNode()));
    }

    /** How many attempts a node makes at once to the endpoints of one partner, all its webhooks together. */
    public int maxPerPartner() {
        return Math.max(1, maxPerPartner);
    }

    /** How many attempts a node makes at once, and to whom: the limits above together. */
    DeliverySlots.Limits slotLimits() {
        return new DeliverySlots.Limits(inFlightPerNode(), inFlightPerEndpoint(), maxPerPartner(),
                inFlightFailingPerNode());
    }

    /**
     * How long a claimed delivery is left to its node before another takes it again: longer than an attempt can
     * last (connection, answer, recording), so only a node that stopped loses its claims.
     */
    public Duration lease() {
        return connectTimeout().plus(readTimeout()).plusSeconds(30);
    }

    /** How long events and the delivery log are kept (and so how far back a replay reaches). */
    public Duration keep() {
        return Duration.ofDays(Math.max(1, keepDays));
    }

    /** A PKCS12 store of certificate authorities trusted besides the JVM's (a test server's demo authority). */
    public java.util.Optional<String> trustStore() {
        return trustStore.filter(path -> !path.isBlank());
    }

    char[] trustStorePassword() {
        return trustStorePassword.orElse("").toCharArray();
    }
}
