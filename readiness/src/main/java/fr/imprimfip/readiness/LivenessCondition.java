package fr.imprimfip.readiness;

/**
 * A condition whose failure means the node must be restarted, not only kept out of traffic: it is reported by
 * {@code /health/live} instead of {@code /health/ready}.
 */
public interface LivenessCondition extends ReadinessCondition {
}
