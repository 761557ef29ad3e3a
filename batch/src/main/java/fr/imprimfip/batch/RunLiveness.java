package fr.imprimfip.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.imprimfip.shared.RefusalText;

/**
 * Whether a run its repository still says STARTED is alive somewhere: running on this node, or beating on another
 * within the last {@link #STALE_AFTER}. A node that died stops beating; one restarted under the same name knows it
 * no longer runs it.
 */
final class RunLiveness {

    /** Runs beat every 10 s; silent this long, they are dead. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private RunLiveness() {
    }

    /** Why the run must not be restarted yet, or empty when it is dead and may be. */
    static Optional<RefusalText> aliveBecause(Optional<JobHeartbeats.Beat> last, boolean runsHere, String thisNode,
                                         Instant startedAt, Instant now) {
        if (runsHere) {
            return Optional.of(new RefusalText("elle tourne encore sur ce nœud (" + thisNode + ")",
                    "it is still running on this node (" + thisNode + ")"));
        }
        if (last.isEmpty()) {
            return startedAt != null && startedAt.isAfter(now.minus(STALE_AFTER))
                    ? Optional.of(new RefusalText("elle vient de démarrer (" + startedAt + ")",
                    "it has just started (" + startedAt + ")")) : Optional.empty();
        }
        JobHeartbeats.Beat beat = last.get();
        if (beat.node().equals(thisNode) || !beat.at().isAfter(now.minus(STALE_AFTER))) {
            return Optional.empty();
        }
        return Optional.of(new RefusalText("elle tourne encore sur le nœud " + beat.node() + " (dernier signe de vie à "
                + beat.at() + ")", "it is still running on node " + beat.node() + " (last heartbeat at " + beat.at()
                + ")"));
    }
}
