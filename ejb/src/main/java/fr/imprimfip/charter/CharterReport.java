package fr.imprimfip.charter;

import java.util.List;

/** The outcome of checking a file against the charter: findings on the file itself, then each letter's. */
public record CharterReport(List<Finding> fileFindings, List<LetterReport> letters) {

    public static CharterReport refused(Finding finding) {
        return new CharterReport(List.of(finding), List.of());
    }

    public boolean fileRefused() {
        return fileFindings.stream().anyMatch(Finding::error);
    }

    public String fileRefusal() {
        return Finding.describe(fileFindings, Severity.ERROR);
    }
}
