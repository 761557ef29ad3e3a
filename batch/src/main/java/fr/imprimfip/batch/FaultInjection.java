package fr.imprimfip.batch;

/**
 * Faults the restart tests inject into a job through its parameters ({@code failOnItem}: the item on which the
 * step fails; {@code itemDelayMillis}: a pause per item, to stop a node in the middle of a run). Honoured only when
 * the server runs with {@code -Dimprimfip.batch.fault-injection=true}, which production never sets.
 */
public final class FaultInjection {

    public static final String FAIL_ON_ITEM = "failOnItem";
    public static final String ITEM_DELAY_MILLIS = "itemDelayMillis";

    private FaultInjection() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("imprimfip.batch.fault-injection");
    }

    /** Applies the faults asked for {@code item}: a pause, then a failure if it is the item named. */
    public static void apply(Object item, String failOnItem, String delayMillis) {
        if (!enabled()) {
            return;
        }
        if (delayMillis != null && !delayMillis.isBlank()) {
            try {
                Thread.sleep(Long.parseLong(delayMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failOnItem != null && failOnItem.equals(String.valueOf(item))) {
            throw new IllegalStateException("Injected failure on item " + item);
        }
    }
}
