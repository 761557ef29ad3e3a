package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * One chart of a console page: its labels and values, given to the page's script as JSON in {@code data-*}
 * attributes, and the same figures as rows of the table that stands for the chart for those who do not see it.
 */
public record ChartData(List<String> labels, List<Long> values) implements Serializable {

    /** One row of the chart's table. */
    public record Row(String label, long value) implements Serializable {
    }

    public String labelsJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        labels.forEach(array::add);
        return array.build().toString();
    }

    public String valuesJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), values.get(i)));
        }
        return rows;
    }

    public long total() {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
