package fr.imprimfip.charter;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A rule that a file or a letter breaks, with where (a page, a line) when that helps the partner. */
public record Finding(CharterRule rule, String where) {

    public Finding {
        Objects.requireNonNull(rule);
    }

    public static Finding of(CharterRule rule) {
        return new Finding(rule, null);
    }

    public static Finding at(CharterRule rule, String where) {
        return new Finding(rule, where);
    }

    public boolean error() {
        return rule.severity() == Severity.ERROR;
    }

    /** "[ADR-003] Une ligne d'adresse dépasse 38 caractères. (ligne 2)". */
    public String describe() {
        return "[" + rule.code() + "] " + rule.message() + (where == null ? "" : " (" + where + ")");
    }

    /** The findings of one severity, described on one line, or null when there are none. */
    public static String describe(List<Finding> findings, Severity severity) {
        String text = findings.stream().filter(f -> f.rule().severity() == severity).distinct()
                .map(Finding::describe).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }
}
