package fr.imprimfip.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The partners' OAuth clients in Keycloak, kept through its admin API. The platform authenticates to Keycloak as
 * the {@code imprimfip-registrar} client with its own certificate (mutual TLS, no shared secret); that client may
 * manage the realm's clients and nothing else. A partner's client authenticates with its certificate
 * ({@code client-x509}, by subject), gets tokens bound to that certificate (RFC 8705), for the API's audience and
 * with the {@code partner} role, and nothing else: no profile, e-mail or Keycloak account claims, no audience but
 * the API's (every call carries the token).
 */
@ApplicationScoped
public class OAuthClientRegistry {

    private static final Logger LOG = Logger.getLogger(OAuthClientRegistry.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "imprimfip.keycloak.mtls-url", defaultValue = "https://127.0.0.1:18443")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "imprimfip.keycloak.realm", defaultValue = "imprimfip")
    String realm;

    @Inject
    @ConfigProperty(name = "imprimfip.keycloak.registrar.client-id", defaultValue = "imprimfip-registrar")
    String registrarClientId;

    /** The registrar's key store (PKCS #12), relative to the server's configuration directory unless absolute. */
    @Inject
    @ConfigProperty(name = "imprimfip.keycloak.registrar.keystore", defaultValue = "registrar.p12")
    String keyStoreFile;

    /** The trust store of Keycloak's server certificate's CA. */
    @Inject
    @ConfigProperty(name = "imprimfip.keycloak.registrar.truststore", defaultValue = "truststore.p12")
    String trustStoreFile;

    /** Demo default; production sets IMPRIMFIP_KEYCLOAK_REGISTRAR_PASSWORD. */
    @Inject
    @ConfigProperty(name = "imprimfip.keycloak.registrar.password", defaultValue = "demo-pki-password")
    String storePassword;

    private volatile HttpClient http;
    private volatile String token;
    private volatile Instant tokenExpiresAt = Instant.EPOCH;

    /** The client attribute naming the partner a client was registered for: only those clients are ever changed. */
    static final String OWNER_ATTRIBUTE = "imprimfip.partner";

    /**
     * Registers (or brings up to date, when it exists) the OAuth client {@code clientId} of the application of
     * partner {@code owner}, authenticated by the certificate whose subject is {@code certificateSubject}. A client
     * of the realm the platform did not register for that partner is never changed (the console's, the print
     * centre's, another partner's).
     */
    public void register(String clientId, String owner, String displayName, String certificateSubject) {
        JsonObject representation = Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("name", displayName)
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("clientAuthenticatorType", "client-x509")
                .add("publicClient", false)
                .add("serviceAccountsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("fullScopeAllowed", false)
                .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("roles"))
                .add("optionalClientScopes", Json.createArrayBuilder())
                .add("attributes", Json.createObjectBuilder()
                        .add(OWNER_ATTRIBUTE, owner)
                        .add("x509.subjectdn", certificateSubject)
                        .add("x509.allow.regex.pattern.comparison", "false")
                        .add("tls.client.certificate.bound.access.tokens", "true")
                        .add("access.token.lifespan", "300"))
                .add("protocolMappers", Json.createArrayBuilder()
                        .add(mapper("imprimfip-api audience", "oidc-audience-mapper", Json.createObjectBuilder()
                                .add("included.client.audience", "imprimfip-api")
                                .add("access.token.claim", "true")
                                .add("id.token.claim", "false")
                                .add("introspection.token.claim", "true")))
                        .add(mapper("partner role", "oidc-hardcoded-role-mapper",
                                Json.createObjectBuilder().add("role", "partner"))))
                .build();
        Optional<JsonObject> found = find(clientId);
        if (found.isPresent() && !owner.equals(found.get().getJsonObject("attributes") == null ? null
                : found.get().getJsonObject("attributes").getString(OWNER_ATTRIBUTE, null))) {
            throw new ConventionRuleException("Le client " + clientId + " existe déjà dans Keycloak sans avoir été"
                    + " enregistré pour ce partenaire : il n'est pas modifié.");
        }
        Optional<String> existing = found.map(client -> client.getString("id"));
        if (existing.isPresent()) {
            JsonObjectBuilder update = Json.createObjectBuilder(representation).add("id", existing.get());
            update.remove("protocolMappers");
            send("PUT", "/clients/" + existing.get(), update.build().toString(), 204);
        } else {
            send("POST", "/clients", representation.toString(), 201);
        }
        LOG.info(() -> "OAuth client " + clientId + " registered in Keycloak for " + certificateSubject);
    }

    /** The client can no longer obtain tokens (its partner's convention ended); none is no error. */
    public void disable(String clientId) {
        Optional<String> existing = internalId(clientId);
        if (existing.isEmpty()) {
            return;
        }
        send("PUT", "/clients/" + existing.get(), Json.createObjectBuilder().add("id", existing.get())
                .add("clientId", clientId).add("enabled", false).build().toString(), 204);
        LOG.info(() -> "OAuth client " + clientId + " disabled in Keycloak");
    }

    /** Whether the client exists and is enabled. */
    public boolean enabled(String clientId) {
        return find(clientId).map(client -> client.getBoolean("enabled", false)).orElse(false);
    }

    private Optional<String> internalId(String clientId) {
        return find(clientId).map(client -> client.getString("id"));
    }

    private Optional<JsonObject> find(String clientId) {
        HttpResponse<String> answer = send("GET", "/clients?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&search=false", null, 200);
        JsonArray clients = Json.createReader(new StringReader(answer.body())).readArray();
        return clients.stream().map(JsonObject.class::cast)
                .filter(client -> clientId.equals(client.getString("clientId", null))).findFirst();
    }

    private static JsonObjectBuilder mapper(String name, String type, JsonObjectBuilder config) {
        return Json.createObjectBuilder().add("name", name).add("protocol", "openid-connect")
                .add("protocolMapper", type).add("config", config);
    }

    private HttpResponse<String> send(String method, String adminPath, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm
                        + adminPath))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + registrarToken());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> answer = exchange(request.build());
        if (answer.statusCode() != expected) {
            throw new IdentityProviderUnavailableException("Keycloak a répondu " + answer.statusCode() + " à "
                    + method + " " + adminPath.replaceAll("\\?.*", ""));
        }
        return answer;
    }

    private String registrarToken() {
        if (token != null && Instant.now().isBefore(tokenExpiresAt)) {
            return token;
        }
        synchronized (this) {
            if (token == null || !Instant.now().isBefore(tokenExpiresAt)) {
                HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/"
                                + realm + "/protocol/openid-connect/token"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                                + URLEncoder.encode(registrarClientId, StandardCharsets.UTF_8)))
                        .build());
                if (answer.statusCode() != 200) {
                    throw new IdentityProviderUnavailableException("Keycloak refuse d'authentifier le client "
                            + registrarClientId + " (" + answer.statusCode() + ")");
                }
                JsonObject granted = Json.createReader(new StringReader(answer.body())).readObject();
                token = granted.getString("access_token");
                tokenExpiresAt = Instant.now().plusSeconds(Math.max(0, granted.getInt("expires_in", 60) - 15));
            }
            return token;
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderUnavailableException("Keycloak injoignable à " + keycloakUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderUnavailableException("Appel à Keycloak interrompu", e);
        }
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).sslContext(registrarTls()).build();
                }
            }
        }
        return http;
    }

    private SSLContext registrarTls() {
        try {
            char[] password = storePassword.toCharArray();
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStoreFile, password), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(trustStoreFile, password));
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException | IOException e) {
            throw new IdentityProviderUnavailableException("Certificat du client " + registrarClientId
                    + " illisible (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static KeyStore load(String file, char[] password) throws GeneralSecurityException, IOException {
        Path path = Path.of(file);
        if (!path.isAbsolute()) {
            path = Path.of(System.getProperty("jboss.server.config.dir", "."), file);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }
}
