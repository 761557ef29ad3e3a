package fr.imprimfip.charter;

import java.util.List;

/**
 * One letter of a file: its business reference, where it starts, its postal facts, the rules it breaks and the lines
 * read in its envelope window (its recipient's name and address, as printed).
 */
public record LetterReport(String businessRef, int firstPage, PostalFacts facts, List<Finding> findings,
                           List<String> windowLines) {

    public boolean accepted() {
        return findings.stream().noneMatch(Finding::error);
    }

    public String refusal() {
        return Finding.describe(findings, Severity.ERROR);
    }

    public String warning() {
        return Finding.describe(findings, Severity.WARNING);
    }
}
