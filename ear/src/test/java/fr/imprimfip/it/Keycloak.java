package fr.imprimfip.it;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Tokens from the platform's real Keycloak (realm imprimfip), as partners and staff obtain them. */
public final class Keycloak {

    public static final String URL = System.getProperty("imprimfip.keycloak.url", "http://127.0.0.1:18080");
    /** Keycloak's HTTPS port, which asks for the client's certificate. */
    public static final String MTLS_URL = System.getProperty("imprimfip.keycloak.mtls-url", "https://127.0.0.1:18443");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /**
     * A partner application's token: client credentials over mutual TLS with the client's certificate (client-x509),
     * so the token is bound to that certificate ({@code cnf.x5t#S256}).
     */
    public static String partnerToken(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId),
                DemoPki.certificateOf(clientId));
    }

    /** A token request by {@code clientId} presenting the certificate of keystore {@code certificate} instead. */
    public static String partnerTokenPresenting(String clientId, String certificate) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId), certificate);
    }

    public static String demoPartnerToken() {
        return partnerToken("demo-partner");
    }

    public static String otherPartnerToken() {
        return partnerToken("demo-partner-b");
    }

    /** The demo print centre's token (role editique). */
    public static String printCentreToken() {
        return partnerToken("demo-editique");
    }

    /** A staff member's token as staff get one from a terminal: the device authorization grant (demo users). */
    public static String staffToken(String username, String password) {
        long now = System.nanoTime();
        StaffToken known = STAFF_TOKENS.get(username);
        if (known != null && now - known.obtainedAt() < STAFF_TOKEN_REUSE.toNanos()) {
            return known.token();
        }
        String token = new DeviceSignIn(URL).token(username, password);
        STAFF_TOKENS.put(username, new StaffToken(token, now));
        return token;
    }

    /**
     * Staff tokens live 5 minutes: one is reused for a minute rather than signing in again at every call, as a staff
     * member's terminal would, sparing Keycloak hundreds of sign-ins in a run.
     */
    private static final java.time.Duration STAFF_TOKEN_REUSE = java.time.Duration.ofMinutes(1);
    private static final Map<String, StaffToken> STAFF_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private record StaffToken(String token, long obtainedAt) {
    }

    public static String financeToken() {
        return staffToken("demo-finance", "demo-finance-password");
    }

    public static String adminToken() {
        return staffToken("demo-admin", "demo-admin-password");
    }

    /** A token from the token endpoint, over mutual TLS with keystore {@code certificate} when not null. */
    private static String token(Map<String, String> form, String certificate) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create((certificate == null ? URL : MTLS_URL)
                        + "/realms/imprimfip/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpClient http = certificate == null ? HTTP : DemoPki.client(certificate);
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the token request: " + response.statusCode() + " "
                        + response.body());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            return json.getString("access_token");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
