package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.imprimfip.production.PrintCentreSimulator.Outcome;
import fr.imprimfip.registered.AcknowledgementScans;

/** The demo's La Poste: every outcome, chosen by the letter's rank, and an acknowledgement the platform accepts. */
class PrintCentreSimulatorTest {

    @Test
    void everyOutcomeInTurnByRank() {
        assertEquals(List.of(Outcome.DELIVERED, Outcome.REFUSED, Outcome.NOT_COLLECTED, Outcome.DELIVERY_FAILED,
                Outcome.DELIVERED, Outcome.REFUSED, Outcome.NOT_COLLECTED, Outcome.DELIVERY_FAILED),
                IntStream.rangeClosed(1, 8).mapToObj(Outcome::of).toList());
    }

    @Test
    void theGeneratedAcknowledgementPassesTheChecks() {
        byte[] scan = SimulatedAcknowledgement.pdf("LOT-20261203-0001", 1, Instant.parse("2026-12-03T10:00:00Z"));
        assertEquals("application/pdf", AcknowledgementScans.check(scan, "application/pdf"));
    }
}
