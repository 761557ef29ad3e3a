package fr.imprimfip.web.admin;

/** The Prometheus text exposition format (version 0.0.4) the metrics resources answer in. */
final class PrometheusText {

    static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder();

    PrometheusText gauge(String name, String help, long value) {
        return family(name, help, "gauge").sample(name, value);
    }

    PrometheusText family(String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    PrometheusText sample(String name, long value) {
        out.append(name).append(' ').append(value).append('\n');
        return this;
    }

    PrometheusText sample(String name, String label, String labelValue, long value) {
        out.append(name).append('{').append(label).append("=\"").append(labelValue).append("\"} ").append(value)
                .append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
