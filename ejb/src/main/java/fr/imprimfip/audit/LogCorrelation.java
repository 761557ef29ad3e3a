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
