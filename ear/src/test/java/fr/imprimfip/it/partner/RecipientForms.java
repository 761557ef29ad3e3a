package fr.imprimfip.it.partner;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Platform;

/**
 * A recipient on the public LRE pages without a browser: plain HTTPS, its own cookies, each form posted with the
 * hidden fields the page gave it (the view state among them) and the button pressed, redirections followed.
 */
final class RecipientForms {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private URI page;
    private String html;

    /** Opens the link of the notification e-mail. */
    RecipientForms open(String link) throws IOException, InterruptedException {
        return go(HttpRequest.newBuilder(URI.create(link)).GET());
    }

    /** Presses {@code button} of form {@code form} with the fields given besides the page's hidden ones. */
    RecipientForms press(String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher start = Pattern.compile("<form[^>]*id=\"" + Pattern.quote(form) + "\"[^>]*>").matcher(html);
        if (!start.find()) {
            throw new AssertionError("no form " + form + " on " + page + ":\n" + html);
        }
        String tag = start.group();
        String body = html.substring(start.end(), html.indexOf("</form>", start.end()));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(body);
        while (hidden.find()) {
            values.put(attribute(NAME, hidden.group()), attribute(VALUE, hidden.group()));
        }
        values.put(form, form);
        values.putAll(fields);
        values.put(button, "pressed");
        String encoded = values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = page.resolve(unescape(attribute(Pattern.compile("action=\"([^\"]*)\""), tag)));
        return go(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** The bytes at {@code path} of the pages, with this recipient's session. */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return DemoPki.client(null).send(withCookies(HttpRequest.newBuilder(URI.create(Platform.BASE_URL + "/lre"
                + path)).GET()), HttpResponse.BodyHandlers.ofByteArray());
    }

    String html() {
        return html;
    }

    private RecipientForms go(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = DemoPki.client(null).send(withCookies(request),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (int hops = 0; ; hops++) {
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                String pair = cookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            });
            int status = response.statusCode();
            if (status < 300 || status >= 400 || hops > 5) {
                break;
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = DemoPki.client(null).send(withCookies(HttpRequest.newBuilder(next).GET()),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        if (response.statusCode() != 200) {
            throw new AssertionError(response.uri() + " answered " + response.statusCode() + ":\n" + response.body());
        }
        page = response.uri();
        html = response.body();
        return this;
    }

    private HttpRequest withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request.build();
    }

    private static String attribute(Pattern pattern, String tag) {
        Matcher found = pattern.matcher(tag);
        return found.find() ? unescape(found.group(1)) : "";
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
