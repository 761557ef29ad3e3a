package fr.imprimfip.deposit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives the analysis queue. The queue itself is the deposit table (files "En cours de soumission"), so a file
 * received before a crash is analysed after the restart. Each tick drains the queue: it claims files a batch at a
 * time and analyses each batch on as many workers as configured (the processors by default).
 */
@Singleton
@Startup
public class AnalysisScheduler {

    private static final Logger LOG = Logger.getLogger(AnalysisScheduler.class.getName());

    @EJB
    private DepositAnalyzer analyzer;

    @Resource
    private ManagedExecutorService workers;

    @Inject
    private ContentKey contentKey;

    @Inject
    @ConfigProperty(name = "imprimfip.analysis.workers", defaultValue = "0")
    int configuredWorkers;

    @PostConstruct
    void resumeAfterRestart() {
        int released = analyzer.releaseOwnClaims();
        if (released > 0) {
            LOG.warning(() -> released + " analyses interrupted by the last stop of node " + DepositAnalyzer.NODE
                    + " are resumed");
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "deposit analysis")
    void analyseWaitingFiles() {
        if (!contentKey.usable()) {
            return; // files wait, unclaimed, for a node with the platform's key (see ContentKeyCheck)
        }
        int parallelism = configuredWorkers > 0 ? configuredWorkers : Runtime.getRuntime().availableProcessors();
        List<Long> claimed;
        while (!(claimed = analyzer.claimWaiting(parallelism * 4)).isEmpty()) {
            List<Future<?>> running = new ArrayList<>();
            for (Long id : claimed) {
                running.add(workers.submit(() -> analyseOne(id)));
            }
            for (Future<?> analysis : running) {
                try {
                    analysis.get();
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "An analysis failed; its file will be retried", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void analyseOne(Long id) {
        try {
            analyzer.analyse(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Analysis of deposit " + id + " failed; it will be retried", e);
        }
    }
}
