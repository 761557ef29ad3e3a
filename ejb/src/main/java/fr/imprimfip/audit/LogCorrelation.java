package fr.imprimfip.audit;

import org.jboss.logging.MDC;

/**
 * The correlation id every log line carries while one request is served, or while the file that request deposited
 * is analysed: the operator follows an exchange through the logs by the id the partner sent (X-Correlation-ID) or
 * the one the platform gave it. Put on the thread for the duration of a try-with-resources block.
 */
public final class LogCorrelation implements AutoCloseable {

    /** The key of the id in the log record's mapped diagnostic context (the {@code mdc} object of JSON lines). */
    public static final String KEY = "correlationId";

    private static final LogCorrelation NONE = new LogCorrelation(null);

    private final Object previous;

    private LogCorrelation(Object previous) {
        this.previous = previous;
    }

    /** Lines written on this thread carry {@code id} until closed; nothing changes for a null id. */
    public static LogCorrelation of(String id) {
        if (id == null || id.isBlank()) {
            return NONE;
        }
        return new LogCorrelation(MDC.put(KEY, id));
    }

    /** The id this thread's lines carry now, if any. */
    public static String current() {
        return MDC.get(KEY) instanceof String id ? id : null;
    }

    /**
     * {@code task}, to run on a pooled thread under the id this thread carries now (none when it carries none), the
     * thread left with no id afterwards. A pooled thread must never log under an id it did not get this way: the log
     * context passes to a thread when it is created, so a pool thread created while a request was served would
     * otherwise write every later line under that request's id.
     */
    public static Runnable carried(Runnable task) {
        String id = current();
        return () -> {
            put(id);
            try {
                task.run();
            } finally {
                MDC.remove(KEY);
            }
        };
    }

    /** {@code task}, to run on a pooled thread under no id: work for no one request in particular. */
    public static Runnable detached(Runnable task) {
        return () -> {
            MDC.remove(KEY);
            try {
                task.run();
            } finally {
                MDC.remove(KEY);
            }
        };
    }

    /**
     * Starts a unit of work on this pooled thread (a request, a batch run) under {@code id}, none when null: whatever
     * the thread held before is dropped, and {@link #end()} leaves it with none, where {@link #of} would put back what
     * it found (possibly an id the thread inherited when it was created).
     */
    public static void begin(String id) {
        put(id);
    }

    /** The unit of work on this pooled thread ended: the thread's lines carry no id any more. */
    public static void end() {
        MDC.remove(KEY);
    }

    private static void put(String id) {
        if (id == null || id.isBlank()) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, id);
        }
    }

    @Override
    public void close() {
        if (this == NONE) {
            return;
        }
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
