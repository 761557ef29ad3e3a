package fr.imprimfip.charter;

import java.util.List;

/** One letter of a file: its business reference, where it starts, its postal facts and the rules it breaks. */
public record LetterReport(String businessRef, int firstPage, PostalFacts facts, List<Finding> findings) {

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
