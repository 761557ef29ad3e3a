package fr.imprimfip.availability;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One probe of the partner door by one node: whether the service was available then, and if not, why. */
@Entity
@Table(name = "availability_probe")
public class AvailabilityProbe {

    static final int NODE_LENGTH = 100;
    static final int FAILURE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NODE_LENGTH)
    private String node;

    @Column(name = "probed_at", nullable = false)
    private Instant probedAt;

    @Column(nullable = false)
    private boolean available;

    @Column(length = FAILURE_LENGTH)
    private String failure;

    protected AvailabilityProbe() {
    }

    /** What {@code node} saw at {@code at}: the service available, or the state's first failure. */
    public static AvailabilityProbe of(String node, Instant at, ServiceState.State state) {
        AvailabilityProbe probe = new AvailabilityProbe();
        probe.node = fit(Objects.requireNonNull(node, "node"), NODE_LENGTH);
        probe.probedAt = Objects.requireNonNull(at, "at");
        probe.available = state.available();
        probe.failure = state.failure().map(f -> fit(f, FAILURE_LENGTH)).orElse(null);
        return probe;
    }

    private static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public String node() {
        return node;
    }

    public Instant probedAt() {
        return probedAt;
    }

    public boolean available() {
        return available;
    }

    public String failure() {
        return failure;
    }
}
