package fr.imprimfip.client;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multipart/form-data body whose files are streamed from where they are, never copied whole in memory. */
final class Multipart {

    private final String boundary = "imprimfip-" + UUID.randomUUID();
    private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();

    Multipart file(String name, String filename, HttpRequest.BodyPublisher content) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + quoted(filename)
                + "\"\r\nContent-Type: application/pdf\r\n");
        parts.add(content);
        parts.add(text("\r\n"));
        return this;
    }

    Multipart json(String name, byte[] json) {
        head("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json\r\n");
        parts.add(HttpRequest.BodyPublishers.ofByteArray(json));
        parts.add(text("\r\n"));
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher body() {
        List<HttpRequest.BodyPublisher> all = new ArrayList<>(parts);
        all.add(text("--" + boundary + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(all.toArray(HttpRequest.BodyPublisher[]::new));
    }

    private void head(String headers) {
        parts.add(text("--" + boundary + "\r\n" + headers + "\r\n"));
    }

    private static HttpRequest.BodyPublisher text(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static String quoted(String filename) {
        return filename.replace("\\", "_").replace("\"", "_").replace("\r", "_").replace("\n", "_");
    }
}
