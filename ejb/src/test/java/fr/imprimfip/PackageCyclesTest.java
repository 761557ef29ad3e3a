package fr.imprimfip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The capabilities of the EJB module depend on one another in one direction only: a lower package that must tell a
 * higher one fires a CDI event, and one that must ask it declares an interface the higher one implements. A
 * dependency is an import or a fully qualified name anywhere in a source file, query strings included.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/imprimfip");

    private static final Pattern PACKAGE = Pattern.compile("^package fr\\.imprimfip\\.([a-z]+)[a-z.]*;",
            Pattern.MULTILINE);

    private static final Pattern REFERENCE = Pattern.compile("\\bfr\\.imprimfip\\.([a-z]+)(?:\\.[a-z]+)*\\.[A-Z*]");

    @Test
    void noCycleAmongPackages() {
        Map<String, Set<String>> dependencies = dependencies();
        assertTrue(dependencies.size() > 10, "packages found: " + dependencies.keySet());
        List<Set<String>> cycles = new Components(dependencies).cycles();
        assertEquals(List.of(), cycles, "packages depending on each other, through: " + edgesWithin(cycles,
                dependencies));
    }

    @Test
    void findsACycle() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        dependencies.put("a", Set.of("b"));
        dependencies.put("b", Set.of("c"));
        dependencies.put("c", Set.of("a"));
        dependencies.put("d", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")), new Components(dependencies).cycles());
    }

    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    return;
                }
                Set<String> used = dependencies.computeIfAbsent(declared.group(1), p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(source);
                while (reference.find()) {
                    used.add(reference.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dependencies.forEach((from, to) -> to.removeIf(p -> p.equals(from) || !dependencies.containsKey(p)));
        return dependencies;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> edgesWithin(List<Set<String>> cycles, Map<String, Set<String>> dependencies) {
        List<String> edges = new ArrayList<>();
        for (Set<String> cycle : cycles) {
            for (String from : cycle) {
                dependencies.get(from).stream().filter(cycle::contains).forEach(to -> edges.add(from + " -> " + to));
            }
        }
        return edges;
    }

    /** Tarjan's strongly connected components: each one of more than a package is a cycle. */
    private static final class Components {

        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowest = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<Set<String>> cycles = new ArrayList<>();

        Components(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> cycles() {
            graph.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return cycles;
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowest.put(node, index.get(node));
            stack.push(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowest.put(node, Math.min(lowest.get(node), lowest.get(next)));
                } else if (stack.contains(next)) {
                    lowest.put(node, Math.min(lowest.get(node), index.get(next)));
                }
            }
            if (lowest.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    cycles.add(component);
                }
            }
        }
    }
}
