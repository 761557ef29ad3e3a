package fr.imprimfip.production;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Runs the sandbox's simulated production every few seconds. */
@Singleton
public class SandboxSimulationScheduler {

    private static final Logger LOG = Logger.getLogger(SandboxSimulationScheduler.class.getName());

    @EJB
    private SandboxSimulation simulation;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "sandbox simulation")
    void advance() {
        try {
            simulation.advance();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sandbox simulation step failed; it will be tried again", e);
        }
    }
}
