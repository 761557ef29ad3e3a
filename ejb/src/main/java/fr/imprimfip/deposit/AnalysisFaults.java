package fr.imprimfip.deposit;

/**
 * The fault the tests inject into the analysis to prove that a file whose analysis keeps failing still reaches a
 * final state: a file whose name starts with {@link #FAILING_FILE_PREFIX} fails after its analysis, before its
 * outcome commits. Honoured only when the server runs with {@code -Dimprimfip.analysis.fault-injection=true}, which
 * production never sets.
 */
final class AnalysisFaults {

    static final String FAILING_FILE_PREFIX = "panne-analyse";

    private AnalysisFaults() {
    }

    static void afterAnalysis(String filename) {
        if (Boolean.getBoolean("imprimfip.analysis.fault-injection") && filename != null
                && filename.startsWith(FAILING_FILE_PREFIX)) {
            throw new IllegalStateException("Injected failure after the analysis of " + filename);
        }
    }
}
