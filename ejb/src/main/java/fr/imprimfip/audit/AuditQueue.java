package fr.imprimfip.audit;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The events recorded on this node and not appended to its chain yet: a plain in-memory queue, so that recording
 * an event on every call costs next to nothing; {@link AuditTrail} drains it. When it is full, the caller appends
 * its event itself, to lose nothing.
 */
@ApplicationScoped
public class AuditQueue {

    private static final int CAPACITY = 100_000;

    @Inject
    AuditWriter writer;

    private final Queue<AuditRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();

    /** Records an event; returns at once (a full queue is written through). */
    public void record(AuditRecord event) {
        if (queued.incrementAndGet() > CAPACITY) {
            queued.decrementAndGet();
            writer.append(AuditTrail.CHAIN, List.of(event));
            return;
        }
        queue.offer(event);
    }

    /** Moves up to {@code max} queued events into {@code batch}; returns how many it holds. */
    int take(List<AuditRecord> batch, int max) {
        AuditRecord event;
        while (batch.size() < max && (event = queue.poll()) != null) {
            queued.decrementAndGet();
            batch.add(event);
        }
        return batch.size();
    }

    /** Puts back an event whose append failed, for the next attempt. */
    void requeue(AuditRecord event) {
        queued.incrementAndGet();
        queue.offer(event);
    }
}
