package fr.imprimfip.deposit;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Drives the analysis queue. The queue itself is the deposit table (files "En cours de soumission"), so a file
 * received before a crash is analysed after the restart.
 */
@Singleton
@Startup
public class AnalysisScheduler {

    private static final Logger LOG = Logger.getLogger(AnalysisScheduler.class.getName());
    private static final int BATCH = 20;

    @EJB
    private DepositAnalyzer analyzer;

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
        for (Long id : analyzer.claimWaiting(BATCH)) {
            try {
                analyzer.analyse(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Analysis of deposit " + id + " failed; it will be retried", e);
            }
        }
    }
}
