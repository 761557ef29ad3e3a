package fr.imprimfip.charter;

import java.util.List;
import java.util.Objects;

/**
 * A rule that a file or a letter breaks, with where (a line, a font) or on which page when that helps the partner.
 * A finding on a page keeps its page number, so that a rule broken on every page of a long letter is said once,
 * with its page ranges.
 */
public record Finding(CharterRule rule, String where, Integer page) {

    public Finding {
        Objects.requireNonNull(rule);
    }

    public static Finding of(CharterRule rule) {
        return new Finding(rule, null, null);
    }

    public static Finding at(CharterRule rule, String where) {
        return new Finding(rule, where, null);
    }

    public static Finding onPage(CharterRule rule, int page) {
        return new Finding(rule, null, page);
    }

    public boolean error() {
        return rule.severity() == Severity.ERROR;
    }

    /** "[ADR-003] Une ligne d'adresse dépasse 38 caractères. (ligne 2)". */
    public String describe() {
        return FindingsText.describe(List.of(this));
    }

    /**
     * The findings of one severity, described on one line, or null when there are none: each rule once, with its
     * pages as ranges, never longer than {@link FindingsText#MAX_LENGTH}.
     */
    public static String describe(List<Finding> findings, Severity severity) {
        List<Finding> ofSeverity = findings.stream().filter(f -> f.rule().severity() == severity).toList();
        return ofSeverity.isEmpty() ? null : FindingsText.describe(ofSeverity);
    }
}
