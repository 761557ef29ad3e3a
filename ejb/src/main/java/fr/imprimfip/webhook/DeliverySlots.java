package fr.imprimfip.webhook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The webhook attempts a node has in flight, and whether one more may start: at most {@code perNode} in all,
 * {@code perEndpoint} to one endpoint, {@code perPartner} to the endpoints of one partner, and {@code failingPerNode}
 * to endpoints that are failing. An endpoint that does not answer holds its attempt until the read timeout: the
 * failing ones together never hold more than their share, so the others' deliveries go on. Safe for concurrent use.
 */
final class DeliverySlots {

    /** The caps; each at least 1, the failing one at most the node's. */
    record Limits(int perNode, int perEndpoint, int perPartner, int failingPerNode) {
        Limits {
            if (perNode < 1 || perEndpoint < 1 || perPartner < 1 || failingPerNode < 1 || failingPerNode > perNode) {
                throw new IllegalArgumentException("Webhook delivery caps out of range: " + perNode + ", "
                        + perEndpoint + ", " + perPartner + ", " + failingPerNode);
            }
        }
    }

    /** One attempt's place, given back once it has ended. */
    record Slot(long endpoint, long partner, boolean failing) {
    }

    /** What may not start now: the endpoints and partners whose cap is reached, and whether failing endpoints' is. */
    record Full(Set<Long> endpoints, Set<Long> partners, boolean failing) {
    }

    private final Limits limits;
    private final Map<Long, Integer> perEndpoint = new HashMap<>();
    private final Map<Long, Integer> perPartner = new HashMap<>();
    private int total;
    private int failing;

    DeliverySlots(Limits limits) {
        this.limits = limits;
    }

    /** A place for one more attempt to that endpoint of that partner, or none when a cap is reached. */
    synchronized Optional<Slot> take(long endpoint, long partner, boolean endpointFailing) {
        if (total >= limits.perNode() || perEndpoint.getOrDefault(endpoint, 0) >= limits.perEndpoint()
                || perPartner.getOrDefault(partner, 0) >= limits.perPartner()
                || endpointFailing && failing >= limits.failingPerNode()) {
            return Optional.empty();
        }
        total++;
        perEndpoint.merge(endpoint, 1, Integer::sum);
        perPartner.merge(partner, 1, Integer::sum);
        if (endpointFailing) {
            failing++;
        }
        return Optional.of(new Slot(endpoint, partner, endpointFailing));
    }

    /** The attempt ended (or never started). */
    synchronized void release(Slot slot) {
        total--;
        perEndpoint.computeIfPresent(slot.endpoint(), (endpoint, n) -> n > 1 ? n - 1 : null);
        perPartner.computeIfPresent(slot.partner(), (partner, n) -> n > 1 ? n - 1 : null);
        if (slot.failing()) {
            failing--;
        }
    }

    /** How many more attempts the node may start. */
    synchronized int free() {
        return limits.perNode() - total;
    }

    synchronized Full full() {
        Set<Long> endpoints = new TreeSet<>();
        perEndpoint.forEach((endpoint, n) -> {
            if (n >= limits.perEndpoint()) {
                endpoints.add(endpoint);
            }
        });
        Set<Long> partners = new TreeSet<>();
        perPartner.forEach((partner, n) -> {
            if (n >= limits.perPartner()) {
                partners.add(partner);
            }
        });
        return new Full(endpoints, partners, failing >= limits.failingPerNode());
    }
}
