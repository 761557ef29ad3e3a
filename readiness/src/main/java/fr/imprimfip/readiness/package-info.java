/**
 * Whether this node may take traffic. Each module registers the conditions it owns (the content key, for one)
 * with {@link fr.imprimfip.readiness.ReadinessConditions}; {@link fr.imprimfip.readiness.NodeReadiness} reports them
 * on the management interface's {@code /health/ready}. This sits in the EAR's {@code lib/} because WildFly calls
 * only the health checks visible from the application's root, not those of its EJB modules.
 */
package fr.imprimfip.readiness;
