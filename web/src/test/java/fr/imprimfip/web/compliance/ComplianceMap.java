package fr.imprimfip.web.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compliance map ({@code docs/compliance.md}) as its rule test reads it: one section a clause, headed
 * {@code ### §9.2 …} for the terms of use or {@code ### Annex 10.1 …} for the annex on personal data, each stating
 * its status, feature, tests and operator duty; tests named {@code `SimpleClassName#method`}.
 */
record ComplianceMap(List<Section> sections) {

    private static final Pattern HEADING = Pattern.compile("^### (§\\d+(?:\\.\\d+)*|Annex \\d+(?:\\.\\d+)*)\\b.*$");
    private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9_]*)#([a-z][A-Za-z0-9_]*)`");
    private static final Pattern STATUS = Pattern.compile(
            "^\\*\\*Status:\\*\\* (kept with operator duty|kept|not kept yet)\\b.*");
    private static final Pattern FIELD = Pattern.compile("^\\*\\*([A-Z][a-z ]+?):\\*\\*");

    /** A test named by the map: its class's simple name and its method. */
    record Reference(String type, String method) {
        @Override
        public String toString() {
            return type + "#" + method;
        }
    }

    /** One clause's section. */
    record Section(String clause, String heading, Optional<String> status, List<String> fields,
            List<Reference> references) {
    }

    static ComplianceMap read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComplianceMap parse(String text) {
        List<Section> sections = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (!heading.matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("#")) {
                end++;
            }
            sections.add(section(heading.group(1), lines.get(i), lines.subList(i + 1, end)));
            i = end;
        }
        return new ComplianceMap(sections);
    }

    private static Section section(String clause, String heading, List<String> body) {
        Optional<String> status = Optional.empty();
        List<String> fields = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        for (String line : body) {
            Matcher field = FIELD.matcher(line);
            if (field.find()) {
                fields.add(field.group(1));
            }
            Matcher stated = STATUS.matcher(line);
            if (stated.matches()) {
                status = Optional.of(stated.group(1));
            }
            references.addAll(references(line));
        }
        return new Section(clause, heading, status, fields, references);
    }

    private static List<Reference> references(String line) {
        List<Reference> found = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(line);
        while (reference.find()) {
            found.add(new Reference(reference.group(1), reference.group(2)));
        }
        return found;
    }

    Optional<Section> section(String clause) {
        return sections.stream().filter(section -> section.clause().equals(clause)).findFirst();
    }

    /**
     * The test sources of every module under {@code root} ({@code *}/src/test/java), as a way to find a class's
     * source texts by its simple name (several modules may hold a class of that name).
     */
    static Function<String, List<String>> testSourcesUnder(Path root) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path tests : modules.map(module -> module.resolve("src/test/java")).filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(tests)) {
                    for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                        String name = source.getFileName().toString().replaceFirst("\\.java$", "");
                        byName.computeIfAbsent(name, any -> new ArrayList<>()).add(Files.readString(source));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name -> byName.getOrDefault(name, List.of());
    }

    /** Why a reference does not name a test of the sources, or nothing when it does. */
    static Optional<String> missing(Reference reference, Function<String, List<String>> sources) {
        List<String> texts = sources.apply(reference.type());
        if (texts.isEmpty()) {
            return Optional.of(reference + ": no class " + reference.type() + " in the test sources");
        }
        Pattern test = Pattern.compile("@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b[^;]*?"
                + "\\bvoid\\s+" + Pattern.quote(reference.method()) + "\\s*\\(");
        if (texts.stream().noneMatch(text -> test.matcher(text).find())) {
            return Optional.of(reference + ": no test method " + reference.method() + " in " + reference.type());
        }
        return Optional.empty();
    }
}
