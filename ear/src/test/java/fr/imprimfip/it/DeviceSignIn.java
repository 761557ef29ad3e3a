package fr.imprimfip.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A staff member's token the way docs/operations.md tells staff to get one from a terminal: the OAuth 2.0 device
 * authorization grant of client {@code imprimfip-staff-cli}. The terminal asks Keycloak for a device code; the
 * staff member opens the verification address, signs in on Keycloak's own page and approves; the terminal then
 * collects the token. Here a cookie-keeping HTTP client plays the browser, submitting Keycloak's real forms.
 */
final class DeviceSignIn {

    static final String CLIENT_ID = "imprimfip-staff-cli";

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_CODE = Pattern.compile("name=\"code\"\\s+value=\"([^\"]+)\"");

    private final String realm;

    DeviceSignIn(String keycloakUrl) {
        this.realm = keycloakUrl + "/realms/imprimfip/protocol/openid-connect";
    }

    /** The access token of {@code username}, after signing in and approving the device's request. */
    String token(String username, String password) {
        try {
            JsonObject device = json(post(HttpClient.newHttpClient(), realm + "/auth/device",
                    Map.of("client_id", CLIENT_ID)), 200, "device authorization");
            approveInBrowser(device.getString("verification_uri_complete"), username, password);
            JsonObject token = json(post(HttpClient.newHttpClient(), realm + "/token",
                    Map.of("grant_type", "urn:ietf:params:oauth:grant-type:device_code", "client_id", CLIENT_ID,
                            "device_code", device.getString("device_code"))), 200, "device token");
            return token.getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + realm, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's pages as a browser walks them: the login form, then the grant form, answered "yes". */
    private static void approveInBrowser(String verification, String username, String password)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(verification)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> grant = post(browser, formAction(login, "login"),
                Map.of("username", username, "password", password, "credentialId", ""));
        Map<String, String> accept = new LinkedHashMap<>();
        Matcher code = HIDDEN_CODE.matcher(grant.body());
        if (code.find()) {
            accept.put("code", code.group(1));
        }
        accept.put("accept", "Yes");
        HttpResponse<String> done = post(browser, formAction(grant, "grant"), accept);
        if (done.statusCode() != 200 || !done.body().contains("kc-page-title")) {
            throw new IllegalStateException("Keycloak did not confirm the device approval: " + done.statusCode());
        }
    }

    /**
     * Cookies kept as a browser keeps them: Keycloak's sign-in cookies are {@code Secure} (they are
     * {@code SameSite=None}), and browsers send those to a loopback address over plain HTTP, a secure context for
     * them, where {@link CookieManager} alone would not.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(loopback(uri) ? secure(uri) : uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }

        private static boolean loopback(URI uri) {
            return "http".equalsIgnoreCase(uri.getScheme())
                    && ("127.0.0.1".equals(uri.getHost()) || "localhost".equalsIgnoreCase(uri.getHost()));
        }

        private static URI secure(URI uri) {
            return URI.create("https" + uri.toString().substring("http".length()));
        }
    }

    /**
     * Where the page's Keycloak form posts: its form to Keycloak's login actions when it has several, resolved
     * against the page's address when relative.
     */
    private static String formAction(HttpResponse<String> page, String which) {
        Matcher action = FORM_ACTION.matcher(page.body());
        String found = null;
        while (action.find()) {
            String candidate = action.group(1).replace("&amp;", "&");
            if (found == null || candidate.contains("login-actions")) {
                found = candidate;
            }
        }
        if (found == null) {
            Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(page.body());
            throw new IllegalStateException("Keycloak's " + which + " page has no form (wrong password?): "
                    + page.statusCode() + " " + page.uri() + (title.find() ? " « " + title.group(1).strip() + " »"
                    : ""));
        }
        return page.uri().resolve(found).toString();
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak refused the " + what + " request: " + response.statusCode()
                    + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
