package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import fr.imprimfip.console.FrenchFormats;

/**
 * The figures behind one chart, given twice: as JSON for the chart's script, and as the rows of the table that
 * says the same for those who do not see the chart (RGAA). Labels along one axis, one series per dataset.
 */
public record ChartData(List<String> labels, List<Series> series, Unit unit) implements Serializable {

    /** How the values are written in the table. */
    public enum Unit { PLIS, EUROS }

    /** One dataset: its name and a value per label. */
    public record Series(String name, List<BigDecimal> values) implements Serializable {
    }

    /** A row of the table alternative: the label, then each series' value, written and raw. */
    public record Row(String label, List<Cell> cells) implements Serializable {
    }

    /** A value as read ("1 234,00 €") and as the figure it is ("1234.00"). */
    public record Cell(String text, String value) implements Serializable {
    }

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != labels.size()) {
                throw new IllegalArgumentException("A value per label: " + one.name());
            }
        }
    }

    public List<Row> rows() {
        return IntStream.range(0, labels.size()).mapToObj(i -> new Row(labels.get(i),
                series.stream().map(one -> cell(one.values().get(i))).toList())).toList();
    }

    /** The totals of each series, for the table's last row. */
    public List<Cell> totals() {
        return series.stream().map(one -> cell(one.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
    }

    public List<String> seriesNames() {
        return series.stream().map(Series::name).toList();
    }

    private Cell cell(BigDecimal value) {
        String text = unit == Unit.EUROS ? FrenchFormats.euros(value) : FrenchFormats.count(value.longValue());
        return new Cell(text, value.toPlainString());
    }

    /** {@code {"labels": [...], "datasets": [{"label": ..., "data": [...]}]}}, as Chart.js takes it. */
    public String json() {
        StringBuilder json = new StringBuilder("{\"labels\":[");
        json.append(String.join(",", labels.stream().map(ChartData::quoted).toList()));
        json.append("],\"datasets\":[");
        List<String> datasets = new ArrayList<>();
        for (Series one : series) {
            datasets.add("{\"label\":" + quoted(one.name()) + ",\"data\":["
                    + String.join(",", one.values().stream().map(BigDecimal::toPlainString).toList()) + "]}");
        }
        return json.append(String.join(",", datasets)).append("]}").toString();
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** The amounts of the {@code top} largest, then the rest together as "Autres (n partenaires)". */
    static ChartData topAndOthers(Map<String, BigDecimal> amounts, int top, String seriesName) {
        List<Map.Entry<String, BigDecimal>> sorted = amounts.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        sorted.stream().limit(top).forEach(entry -> {
            labels.add(entry.getKey());
            values.add(entry.getValue());
        });
        if (sorted.size() > top) {
            List<Map.Entry<String, BigDecimal>> rest = sorted.subList(top, sorted.size());
            labels.add("Autres (" + rest.size() + " partenaire" + (rest.size() > 1 ? "s" : "") + ")");
            values.add(rest.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new ChartData(labels, List.of(new Series(seriesName, values)), Unit.EUROS);
    }
}
