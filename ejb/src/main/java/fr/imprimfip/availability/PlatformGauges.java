package fr.imprimfip.availability;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import fr.imprimfip.deposit.AnalysisWatch;
import fr.imprimfip.lre.LreMessage;
import fr.imprimfip.notification.NotificationStatus;
import fr.imprimfip.production.PrintLotStatus;
import fr.imprimfip.production.ProductionMetrics;
import fr.imprimfip.webhook.WebhookDelivery;

/**
 * The platform's state as gauges of the node's metrics (Prometheus format on the management interface; their
 * meaning is in docs/operations.md, the server's application registry keeping no description): the analysis
 * backlog and its age, letters waiting, in production and late, print lots by status, the outboxes' backlogs (the
 * batch jobs' are the batch module's). Read from the database every 15 s by one timer, so that a scrape costs no
 * query; every node reports the same shared figures.
 */
@Singleton
@Startup
public class PlatformGauges {

    private static final Logger LOG = Logger.getLogger(PlatformGauges.class.getName());

    @Inject
    MeterRegistry registry;

    @EJB
    AnalysisWatch analysis;

    @EJB
    ProductionMetrics production;

    @PersistenceContext(unitName = "imprimfip")
    EntityManager em;

    private final AtomicLong filesWaiting = new AtomicLong();
    private final AtomicLong oldestWaitingSeconds = new AtomicLong();
    private final AtomicLong filesRetried = new AtomicLong();
    private final AtomicLong lettersPending = new AtomicLong();
    private final AtomicLong lettersInProduction = new AtomicLong();
    private final AtomicLong lettersLate = new AtomicLong();
    private final AtomicLong oldestLateSeconds = new AtomicLong();
    private final Map<PrintLotStatus, AtomicLong> lots = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> outboxes = new ConcurrentHashMap<>();
    private volatile boolean failing;

    @PostConstruct
    void register() {
        gauge("imprimfip.analysis.backlog.files", filesWaiting);
        gauge("imprimfip.analysis.backlog.oldest.seconds", oldestWaitingSeconds);
        gauge("imprimfip.analysis.retried.files", filesRetried);
        gauge("imprimfip.letters.pending", lettersPending);
        gauge("imprimfip.letters.in.production", lettersInProduction);
        gauge("imprimfip.letters.late", lettersLate);
        gauge("imprimfip.letters.late.oldest.seconds", oldestLateSeconds);
        for (PrintLotStatus status : PrintLotStatus.values()) {
            AtomicLong count = lots.computeIfAbsent(status, s -> new AtomicLong());
            registry.gauge("imprimfip.print.lots", Tags.of("status", status.name()), count, AtomicLong::doubleValue);
        }
        for (String outbox : Set.of("webhooks", "lre-messages", "notifications")) {
            AtomicLong count = outboxes.computeIfAbsent(outbox, o -> new AtomicLong());
            registry.gauge("imprimfip.outbox.pending", Tags.of("outbox", outbox), count, AtomicLong::doubleValue);
        }
        read();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void read() {
        try {
            AnalysisWatch.Reading backlog = analysis.read();
            filesWaiting.set(backlog.waiting());
            oldestWaitingSeconds.set(backlog.oldestSeconds());
            filesRetried.set(backlog.retried());
            ProductionMetrics.Reading letters = production.read();
            lettersPending.set(letters.pending());
            lettersInProduction.set(letters.inProduction());
            lettersLate.set(letters.late());
            oldestLateSeconds.set(letters.oldestLateSeconds());
            letters.lots().forEach((status, count) -> lots.get(status).set(count));
            outboxes.get("webhooks").set(pending("select count(d) from WebhookDelivery d where d.state = :pending",
                    WebhookDelivery.State.PENDING));
            outboxes.get("lre-messages").set(pending("select count(m) from LreMessage m where m.state = :pending",
                    LreMessage.State.PENDING));
            outboxes.get("notifications").set(pending("select count(n) from Notification n where n.status = :pending",
                    NotificationStatus.PENDING));
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "The platform's gauges could not be read; they keep their last values", e);
            }
            failing = true;
        }
    }

    private long pending(String query, Object state) {
        return em.createQuery(query, Long.class).setParameter("pending", state).getSingleResult();
    }

    private void gauge(String name, AtomicLong value) {
        registry.gauge(name, Tags.empty(), value, AtomicLong::doubleValue);
    }
}
