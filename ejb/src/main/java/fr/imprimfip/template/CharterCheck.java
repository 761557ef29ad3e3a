package fr.imprimfip.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.imprimfip.charter.CharterReport;
import fr.imprimfip.charter.Finding;
import fr.imprimfip.charter.LetterReport;
import fr.imprimfip.charter.Severity;

/** What the print charter found in a template: its pages, its errors and warnings, described. */
record CharterCheck(int pages, int errors, int warnings, String findings) {

    private static final int MAX_TEXT = 4000;

    static CharterCheck of(CharterReport report) {
        if (report.fileRefused()) {
            return new CharterCheck(0, 1, 0, clip(report.fileRefusal()));
        }
        List<Finding> all = new ArrayList<>(report.fileFindings());
        report.letters().forEach(letter -> all.addAll(letter.findings()));
        List<Finding> distinct = all.stream().distinct().toList();
        int pages = report.letters().stream().map(LetterReport::facts).mapToInt(facts -> facts.pages()).sum();
        String text = Stream.of(Finding.describe(distinct, Severity.ERROR), Finding.describe(distinct, Severity.WARNING))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return new CharterCheck(pages, (int) distinct.stream().filter(Finding::error).count(),
                (int) distinct.stream().filter(f -> !f.error()).count(), text.isEmpty() ? null : clip(text));
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
