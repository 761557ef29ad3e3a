package fr.imprimfip.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a node's metrics (Prometheus text format, management interface), read as a monitoring system
 * reads it: each sample by its name and labels.
 */
public final class NodeMetrics {

    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})?"
                    + " ([-+]?(?:[0-9.eE+-]+|Inf|NaN))( -?[0-9]+)?$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String text;
    private final Map<String, Double> samples = new LinkedHashMap<>();
    private final List<String> malformed = new ArrayList<>();

    private NodeMetrics(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)), value(sample.group(3)));
            } else {
                malformed.add(line);
            }
        }
    }

    /** The metrics of the node whose management interface listens on {@code managementPort}. */
    public static NodeMetrics scrape(int managementPort) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + managementPort + "/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("The metrics answer " + answer.statusCode() + ": " + answer.body());
            }
            return new NodeMetrics(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The metrics of the suite's server. */
    public static NodeMetrics scrape() {
        return scrape(ServerClock.MANAGEMENT_PORT);
    }

    /** The sum of the samples named {@code name} that carry every label given as {@code key="value"}. */
    public double sum(String name, String... labels) {
        return samples.entrySet().stream().filter(sample -> named(sample.getKey(), name)
                && Arrays.stream(labels).allMatch(sample.getKey()::contains)).mapToDouble(Map.Entry::getValue).sum();
    }

    /** Whether a sample named {@code name} carries every label given. */
    public boolean has(String name, String... labels) {
        return samples.keySet().stream().anyMatch(key -> named(key, name) && Arrays.stream(labels)
                .allMatch(key::contains));
    }

    /** Whether the family {@code name} is declared of {@code type} (counter, gauge...). */
    public boolean typed(String name, String type) {
        return text.contains("# TYPE " + name + " " + type + "\n");
    }

    /** The names of every sample. */
    public List<String> names() {
        return samples.keySet().stream().map(key -> key.replaceAll("\\{.*", "")).distinct().toList();
    }

    /** The lines that are neither a comment nor a sample of the text format. */
    public List<String> malformed() {
        return malformed;
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean named(String key, String name) {
        return key.equals(name) || key.startsWith(name + "{");
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
