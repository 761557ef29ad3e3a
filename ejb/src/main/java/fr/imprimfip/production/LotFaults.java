package fr.imprimfip.production;

/**
 * The fault the tests inject into a cut-off to prove that lots and registered numbers are committed together: a
 * cut-off that gathered a letter of a file whose name starts with {@link #FAILING_FILE_PREFIX} fails once its lots
 * are built and their numbers given, before it commits. Honoured only when the server runs with
 * {@code -Dimprimfip.production.fault-injection=true}, which production never sets.
 */
final class LotFaults {

    static final String FAILING_FILE_PREFIX = "panne-lot";

    private LotFaults() {
    }

    static void beforeCommit(String filename) {
        if (Boolean.getBoolean("imprimfip.production.fault-injection") && filename != null
                && filename.startsWith(FAILING_FILE_PREFIX)) {
            throw new IllegalStateException("Injected failure while building print lots, for " + filename);
        }
    }
}
