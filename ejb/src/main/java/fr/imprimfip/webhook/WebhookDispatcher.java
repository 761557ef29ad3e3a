package fr.imprimfip.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import fr.imprimfip.audit.LogCorrelation;

/**
 * Sends the webhook outbox's deliveries, on every node: right after the transaction that queued them commits, and
 * every few seconds whatever is due (a retry, a delivery whose node stopped mid-attempt and whose lease ended).
 * Deliveries are taken in turn from each endpoint with some due, on threads of their own; no endpoint has more than a
 * few in flight on a node, no partner more than its share, and endpoints that are failing only a few together, so a
 * slow or failing endpoint holds its own deliveries only ({@link DeliverySlots}). Each attempt checks the URL's
 * addresses again just before sending, follows no redirect and waits for the answer a bounded time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    static final String USER_AGENT = "ImprimFIP-Webhooks/1";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    /** The webhooks' own threads (wildfly-config/webhooks.cli): endpoints that are slow to answer hold none else's. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/webhooks")
    private ManagedExecutorService executor;

    @EJB
    private WebhookOutbox outbox;

    @Inject
    private WebhookSettings settings;

    @Inject
    private Clock clock;

    private volatile DeliverySlots slots;
    private final AtomicBoolean pumping = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile HttpClient http;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    void tick() {
        pump();
    }

    /** Every night, what is older than {@code imprimfip.webhook.keep-days} is forgotten. */
    @Schedule(hour = "3", minute = "40", persistent = false)
    void forgetOld() {
        try {
            int forgotten = outbox.forget(clock.instant().minus(settings.keep()));
            LOG.fine(() -> forgotten + " webhook rows past their keeping forgotten");
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Old webhook rows not forgotten; tomorrow's run tries again", e);
        }
    }

    /** Something was queued or an attempt ended: look for due deliveries soon, on another thread. */
    public void wake() {
        try {
            executor.execute(LogCorrelation.detached(this::pump));
        } catch (RejectedExecutionException busy) {
            LOG.fine("Webhook dispatcher busy; the next tick looks for due deliveries");
        }
    }

    /** Starts attempts for what is due, until nothing is or every slot of the node is taken. */
    void pump() {
        again.set(true);
        if (!pumping.compareAndSet(false, true)) {
            return;
        }
        try {
            while (again.getAndSet(false)) {
                startDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook deliveries not started; the next tick tries again", e);
        } finally {
            pumping.set(false);
        }
    }

    private void startDue() {
        int free = slots().free();
        if (free <= 0) {
            return;
        }
        Map<Long, Deque<WebhookOutbox.Due>> byEndpoint = new LinkedHashMap<>();
        DeliverySlots.Full full = slots().full();
        for (WebhookOutbox.Due due : outbox.due(Math.max(100, free * 4), full.endpoints(), full.partners(),
                full.failing())) {
            byEndpoint.computeIfAbsent(due.subscriptionId(), s -> new ArrayDeque<>()).add(due);
        }
        // one delivery of each endpoint in turn, so that an endpoint with a long backlog does not pass before others
        while (free > 0 && !byEndpoint.isEmpty()) {
            Iterator<Map.Entry<Long, Deque<WebhookOutbox.Due>>> endpoints = byEndpoint.entrySet().iterator();
            while (free > 0 && endpoints.hasNext()) {
                WebhookOutbox.Due due = endpoints.next().getValue().poll();
                if (due == null) {
                    endpoints.remove();
                    continue;
                }
                Optional<DeliverySlots.Slot> slot = slots().take(due.subscriptionId(), due.partnerId(),
                        due.failing());
                if (slot.isEmpty()) {
                    endpoints.remove();     // this endpoint, its partner or the failing endpoints are at their cap
                } else if (start(slot.get(), due.deliveryId())) {
                    free--;
                }
            }
        }
    }

    private DeliverySlots slots() {
        DeliverySlots current = slots;
        if (current == null) {
            synchronized (this) {
                if (slots == null) {
                    slots = new DeliverySlots(settings.slotLimits());
                }
                current = slots;
            }
        }
        return current;
    }

    private boolean start(DeliverySlots.Slot slot, long deliveryId) {
        boolean started = false;
        try {
            Optional<OutgoingWebhook> outgoing = outbox.claim(deliveryId);
            if (outgoing.isPresent()) {
                executor.execute(LogCorrelation.detached(() -> {
                    try {
                        attempt(outgoing.get());
                    } finally {
                        slots().release(slot);
                        wake();
                    }
                }));
                started = true;
            }
        } catch (EJBException | RejectedExecutionException e) {
            LOG.fine(() -> "Webhook delivery " + deliveryId + " not started now: " + e.getClass().getSimpleName());
        } finally {
            if (!started) {
                slots().release(slot);
            }
        }
        return started;
    }

    /** One attempt: the URL checked again, the signed request sent, the outcome recorded. */
    void attempt(OutgoingWebhook outgoing) {
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI target = AddressGuard.check(outgoing.url(), settings.allowLoopback(), AddressGuard.DNS);
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.readTimeout())
                    .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                    .header("webhook-id", outgoing.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(outgoing.secrets(), outgoing.eventId(),
                            timestamp, outgoing.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(outgoing.body())).build();
            HttpResponse<InputStream> answer = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = answer.statusCode();
            try {
                // the status is what counts: the body is not read at all, so an endpoint trickling it cannot hold
                // this thread past the timeout, which ends with the headers
                answer.body().close();
            } catch (IOException ignored) {
                // closing a body never read
            }
            if (status / 100 == 3) {
                error = "redirection non suivie";
            }
        } catch (WebhookUrlRefusedException refused) {
            error = refused.text().french();
        } catch (HttpConnectTimeoutException e) {
            error = "connexion impossible en " + settings.connectTimeout().toSeconds() + " s";
        } catch (HttpTimeoutException e) {
            error = "pas de réponse en " + settings.readTimeout().toSeconds() + " s";
        } catch (ConnectException e) {
            error = "connexion refusée";
        } catch (SSLException e) {
            error = "échec TLS : " + e.getClass().getSimpleName();
        } catch (IOException e) {
            error = "échec d'échange : " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "tentative interrompue";
        }
        long latency = (System.nanoTime() - started) / 1_000_000;
        try {
            outbox.record(outgoing, status, error, latency);
        } catch (EJBException e) {
            LOG.warning(() -> "Outcome of webhook delivery " + outgoing.deliveryId() + " not recorded ("
                    + e.getClass().getSimpleName() + "); it is attempted again when its lease ends");
        }
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                            .sslContext(tls()).build();
                }
                client = http;
            }
        }
        return client;
    }

    /** The JVM's trusted authorities, and those of {@code imprimfip.webhook.trust-store} when set. */
    private SSLContext tls() {
        try {
            Optional<String> extra = settings.trustStore();
            if (extra.isEmpty()) {
                return SSLContext.getDefault();
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            Path jvm = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
            if (Files.isReadable(jvm)) {
                KeyStore cacerts = KeyStore.getInstance(KeyStore.getDefaultType());
                try (InputStream in = Files.newInputStream(jvm)) {
                    cacerts.load(in, null);
                }
                copy(cacerts, trusted, "jvm-");
            }
            Path path = Path.of(extra.get());
            if (!path.isAbsolute()) {
                path = Path.of(System.getProperty("jboss.server.config.dir", "."), extra.get());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, settings.trustStorePassword());
            }
            copy(store, trusted, "extra-");
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Webhook trust store unreadable (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void copy(KeyStore from, KeyStore to, String prefix) throws GeneralSecurityException {
        for (String alias : Collections.list(from.aliases())) {
            Certificate certificate = from.getCertificate(alias);
            if (certificate != null) {
                to.setCertificateEntry(prefix + alias, certificate);
            }
        }
    }
}
