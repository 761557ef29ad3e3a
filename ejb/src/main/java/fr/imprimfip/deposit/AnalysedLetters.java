package fr.imprimfip.deposit;

/** The tally of a file's documents as its analysis gives them: how many, how many refused, whether any warned. */
public final class AnalysedLetters {

    private int count;
    private int rejected;
    private boolean warned;

    public void add(DocumentAnalysis analysis) {
        count++;
        if (!analysis.accepted()) {
            rejected++;
        }
        warned |= analysis.warned();
    }

    /** A document counted as accepted was refused once a later one was read. */
    public void refusedAfterAll(boolean wasAccepted) {
        if (wasAccepted) {
            rejected++;
        }
    }

    public int count() {
        return count;
    }

    public int rejected() {
        return rejected;
    }

    public boolean warned() {
        return warned;
    }
}
