package fr.imprimfip.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.RefusalText;

class RunLivenessTest {

    private static final Instant NOW = Instant.parse("2027-01-02T09:00:00Z");
    private static final Instant STARTED = NOW.minus(Duration.ofMinutes(30));

    @Test
    void aRunGoingOnThisNodeIsAlive() {
        assertTrue(RunLiveness.aliveBecause(beat("node-a", NOW), true, "node-a", STARTED, NOW).isPresent());
    }

    @Test
    void aRunBeatingOnAnotherNodeIsAliveUntilItsBeatIsTwoMinutesOld() {
        Optional<RefusalText> alive = RunLiveness.aliveBecause(beat("node-b", NOW.minusSeconds(20)), false, "node-a",
                STARTED, NOW);
        assertTrue(alive.isPresent() && alive.get().french().contains("node-b")
                && alive.get().english().contains("node-b"), alive.toString());
        assertFalse(RunLiveness.aliveBecause(beat("node-b", NOW.minus(Duration.ofMinutes(2))), false, "node-a",
                STARTED, NOW).isPresent(), "node B died");
    }

    @Test
    void aNodeRestartedUnderTheSameNameKnowsItsRunDiedWithIt() {
        assertFalse(RunLiveness.aliveBecause(beat("node-a", NOW.minusSeconds(5)), false, "node-a", STARTED, NOW)
                .isPresent());
    }

    @Test
    void aRunThatNeverBeatIsGivenTwoMinutesToStart() {
        assertTrue(RunLiveness.aliveBecause(Optional.empty(), false, "node-a", NOW.minusSeconds(10), NOW).isPresent());
        assertFalse(RunLiveness.aliveBecause(Optional.empty(), false, "node-a", STARTED, NOW).isPresent());
        assertFalse(RunLiveness.aliveBecause(Optional.empty(), false, "node-a", null, NOW).isPresent());
    }

    private static Optional<JobHeartbeats.Beat> beat(String node, Instant at) {
        return Optional.of(new JobHeartbeats.Beat(node, at));
    }
}
