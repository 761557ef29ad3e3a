package fr.imprimfip.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Where every audited action is recorded. Recording never slows the action down nor fails it: events are queued in
 * memory ({@link AuditQueue}, which the doors use directly) and appended to this node's chain every 200 ms in
 * batches (and at shutdown); when the queue is full, the caller appends its event itself. The price: a node killed outright loses the events of its last 200 ms.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTrail {

    /** This node's chain: one chain per server node, so nodes never wait for each other to append. */
    static final String CHAIN = "node-" + System.getProperty("jboss.node.name", "standalone");
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final int BATCH = 2_000;

    @EJB
    private AuditWriter writer;

    @Resource
    private TimerService timers;

    @Inject
    private AuditQueue queue;

    private final AtomicBoolean flushing = new AtomicBoolean();

    @PostConstruct
    void start() {
        timers.createIntervalTimer(200, 200, new TimerConfig("audit trail", false));
    }

    /** Records an event; returns at once (a full queue is written through, to lose nothing). */
    public void record(AuditRecord event) {
        queue.record(event);
    }

    @Timeout
    void onTimer() {
        flush();
    }

    /** Appends every queued event; the events of a failed batch are put back for the next attempt. */
    public void flush() {
        if (!flushing.compareAndSet(false, true)) {
            return;
        }
        try {
            List<AuditRecord> batch = new ArrayList<>(BATCH);
            while (queue.take(batch, BATCH) > 0) {
                try {
                    writer.append(CHAIN, batch);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Cannot append " + batch.size() + " audit events; they will be retried", e);
                    batch.forEach(queue::requeue);
                    return;
                }
                batch.clear();
            }
        } finally {
            flushing.set(false);
        }
    }

    @PreDestroy
    void stop() {
        flush();
    }
}
