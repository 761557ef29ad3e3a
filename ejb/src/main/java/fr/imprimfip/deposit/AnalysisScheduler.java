package fr.imprimfip.deposit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.charter.CharterConfiguration;
import fr.imprimfip.readiness.LivenessCondition;
import fr.imprimfip.readiness.ReadinessConditions;
import fr.imprimfip.shared.ContentKey;
import fr.imprimfip.shared.NodeDrain;

/**
 * Drives the analysis queue. The queue itself is the deposit table (files "En cours de soumission"), so a file
 * received before a crash is analysed after the restart. Each tick claims files as workers become free (as many
 * workers as configured, the processors by default): a file that takes long holds one worker, never the queue. An
 * analysis stops itself at its deadline; one still running past it and a grace is cancelled.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AnalysisScheduler {

    /** What an analysis past its deadline is given to stop by itself before it is cancelled. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(30);
    /** A tick is due every 2 s: none for this long means the node's timer or its tick is stuck. */
    static final Duration TICKS_STOPPED = Duration.ofSeconds(60);
    /** How long one tick keeps feeding the workers; the next tick starts 2 s after the previous one. */
    private static final Duration TICK = Duration.ofMillis(1_800);
    private static final Logger LOG = Logger.getLogger(AnalysisScheduler.class.getName());

    @EJB
    private IdempotencyKeys idempotencyKeys;

    @EJB
    private DepositAnalyzer analyzer;

    @Resource
    private ManagedExecutorService workers;

    @Inject
    private ContentKey contentKey;

    @Inject
    private CharterConfiguration charter;

    @Inject
    @ConfigProperty(name = "imprimfip.analysis.workers", defaultValue = "0")
    int configuredWorkers;

    @Inject
    private ReadinessConditions health;

    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private volatile long lastTick = System.nanoTime();
    private final LivenessCondition liveness = LivenessCondition.of("analysis", this::stuck);
    private final ReentrantLock ticking = new ReentrantLock();
    private Semaphore freeWorkers;

    @PostConstruct
    void resumeAfterRestart() {
        int parallelism = configuredWorkers > 0 ? configuredWorkers : Runtime.getRuntime().availableProcessors();
        freeWorkers = new Semaphore(parallelism);
        int released = analyzer.releaseOwnClaims();
        if (released > 0) {
            LOG.warning(() -> released + " analyses interrupted by the last stop of node " + DepositAnalyzer.NODE
                    + " are resumed");
        }
        int freed = idempotencyKeys.freeUnfinishedOfThisNode();
        if (freed > 0) {
            LOG.warning(() -> freed + " idempotency keys of requests cut short by the last stop of node "
                    + DepositAnalyzer.NODE + " are free again");
        }
        health.require(liveness);
    }

    @PreDestroy
    void stopReporting() {
        health.forget(liveness.name());
    }

    /**
     * Why this node's analysis is stuck, if it is: no tick for {@link #TICKS_STOPPED}, or an analysis still holding
     * its worker after its cancellation was due (a thread deaf to interruption). Restarting the node releases its
     * claims (see {@link #resumeAfterRestart()}).
     */
    Optional<String> stuck() {
        long now = System.nanoTime();
        long sinceTick = now - lastTick;
        if (sinceTick > TICKS_STOPPED.toNanos()) {
            return Optional.of("no analysis tick for " + TimeUnit.NANOSECONDS.toSeconds(sinceTick) + " s");
        }
        long patience = charter.settings().workLimits().deadline().plus(CANCEL_GRACE.multipliedBy(3)).toNanos();
        long overdue = running.values().stream().filter(analysis -> now - analysis.submittedAt > patience).count();
        return overdue == 0 ? Optional.empty()
                : Optional.of(overdue + " analyses still running after their cancellation");
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "deposit analysis")
    void analyseWaitingFiles() {
        lastTick = System.nanoTime();
        if (!contentKey.usable()) {
            return; // files wait, unclaimed, for a node with the platform's key (see ContentKeyCheck)
        }
        if (NodeDrain.requested()) {
            cancelOverdue();
            return; // the analyses under way finish; other nodes take the waiting files
        }
        ticking.lock();
        try {
            cancelOverdue();
            long end = System.nanoTime() + TICK.toNanos();
            try {
                while (System.nanoTime() < end) {
                    if (!freeWorkers.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    int free = 1 + freeWorkers.drainPermits();
                    var claimed = analyzer.claimWaiting(free);
                    freeWorkers.release(free - claimed.size());
                    if (claimed.isEmpty()) {
                        return;
                    }
                    claimed.forEach(this::start);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            ticking.unlock();
        }
    }

    /**
     * A file was just received: free workers take it now instead of at the next tick, up to 2 s later. Run on a
     * worker thread, never the partner's request; when a tick is under way it takes the file itself.
     */
    public void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileReceived file) {
        if (contentKey.usable() && !NodeDrain.requested()) {
            try {
                workers.execute(LogCorrelation.detached(this::feedFreeWorkers));
            } catch (RuntimeException refused) {
                LOG.log(Level.FINE, "The next tick takes deposit " + file.depositId(), refused);
            }
        }
    }

    private void feedFreeWorkers() {
        if (!ticking.tryLock()) {
            return;
        }
        try {
            int free = freeWorkers.drainPermits();
            if (free > 0) {
                var claimed = analyzer.claimWaiting(free);
                freeWorkers.release(free - claimed.size());
                claimed.forEach(this::start);
            }
        } finally {
            ticking.unlock();
        }
    }

    /** Starts the analysis of a claimed file on a worker whose permit the caller holds. */
    private void start(Long id) {
        Running analysis = new Running(System.nanoTime());
        running.put(id, analysis);
        try {
            analysis.future = workers.submit(LogCorrelation.detached(() -> {
                if (!analysis.start()) {
                    return; // cancelled before it started: the canceller let its worker go
                }
                try {
                    analyseOne(id);
                } finally {
                    running.remove(id, analysis);
                    freeWorkers.release();
                }
            }));
        } catch (RuntimeException refused) {
            running.remove(id, analysis);
            freeWorkers.release();
            LOG.log(Level.WARNING, "The analysis of deposit " + id + " could not be started", refused);
        }
    }

    private void cancelOverdue() {
        long patience = charter.settings().workLimits().deadline().plus(CANCEL_GRACE).toNanos();
        running.forEach((id, analysis) -> {
            Future<?> future = analysis.future;
            if (future != null && System.nanoTime() - analysis.submittedAt > patience && future.cancel(true)) {
                LOG.warning(() -> "The analysis of deposit " + id + " overran its deadline and was cancelled");
                if (analysis.cancelBeforeStart()) {
                    running.remove(id, analysis);
                    freeWorkers.release();
                }
            }
        });
    }

    private void analyseOne(Long id) {
        try {
            analyzer.analyse(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Analysis of deposit " + id + " failed", e);
            try {
                analyzer.recordFailure(id, e.getCause() != null ? e.getCause() : e);
            } catch (RuntimeException unrecorded) {
                LOG.log(Level.WARNING, "The failed analysis of deposit " + id + " could not be recorded; its claim"
                        + " lapses after " + DepositAnalyzer.MIN_CLAIM_TIMEOUT + " at least", unrecorded);
            }
        }
    }

    /** An analysis under way: when it was submitted, its task, and whether a worker took it up. */
    private static final class Running {
        final long submittedAt;
        volatile Future<?> future;
        private final AtomicInteger state = new AtomicInteger();

        Running(long submittedAt) {
            this.submittedAt = submittedAt;
        }

        boolean start() {
            return state.compareAndSet(0, 1);
        }

        boolean cancelBeforeStart() {
            return state.compareAndSet(0, 2);
        }
    }
}
