package fr.imprimfip.production;

/**
 * The faults the tests inject into production. A cut-off that gathered a letter of a file whose name starts with
 * {@link #FAILING_FILE_PREFIX} fails once its lots are built and their numbers given, before it commits (lots and
 * registered numbers are committed together). A file whose name starts with {@link #MISCOUNTED_FILE_PREFIX} is
 * composed as if the analysis had counted one page more in it, which the print file's reader does not find (a file
 * production cannot read as the analysis did is left out of its lot). A lot holding a letter of a file whose name
 * starts with {@link #COMPOSITION_FAILING_PREFIX} fails its first {@link #FAILED_COMPOSITIONS} compositions for a
 * reason of the platform's, then is composed. Honoured only when the server runs with
 * {@code -Dimprimfip.production.fault-injection=true}, which production never sets.
 */
final class LotFaults {

    static final String FAILING_FILE_PREFIX = "panne-lot";
    static final String MISCOUNTED_FILE_PREFIX = "panne-impression";
    static final String COMPOSITION_FAILING_PREFIX = "panne-composition";
    static final int FAILED_COMPOSITIONS = 2;

    private LotFaults() {
    }

    static void beforeCommit(String filename) {
        if (injected() && filename != null && filename.startsWith(FAILING_FILE_PREFIX)) {
            throw new IllegalStateException("Injected failure while building print lots, for " + filename);
        }
    }

    static int analysedPages(String filename, int pages) {
        return injected() && pages > 0 && filename != null && filename.startsWith(MISCOUNTED_FILE_PREFIX) ? pages + 1
                : pages;
    }

    static void whileComposing(String filename, int attempt) {
        if (injected() && attempt <= FAILED_COMPOSITIONS && filename != null
                && filename.startsWith(COMPOSITION_FAILING_PREFIX)) {
            throw new IllegalStateException("Injected failure while composing a print lot, attempt " + attempt);
        }
    }

    private static boolean injected() {
        return Boolean.getBoolean("imprimfip.production.fault-injection");
    }
}
