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
import java.util.logging.Logger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The partners' OAuth clients in Keycloak, registered through its client registration service (RFC 7591/7592, the
 * {@code default} provider). The platform authenticates as the {@code imprimfip-registrar} client with its own
 * certificate (mutual TLS, no shared secret), whose only Keycloak right is {@code create-client}: it can neither
 * read nor change a client through the admin API, nor map a role to anyone. What a client it registers may hold is
 * decided by Keycloak's registration policies for authenticated requests: no role or claim mapper, and of the
 * scopes only the realm's defaults and {@code imprimfip-partner} (the {@code partner} role and the API's audience).
 * A registered client is changed afterwards only with its own registration access token, which Keycloak gives at
 * registration and renews at each change; the platform keeps it encrypted with the content key.
 *
 * <p>A partner's client authenticates with its certificate ({@code client-x509}, by subject), gets tokens bound to
 * that certificate (RFC 8705), for the API's audience and with the {@code partner} role, and nothing else: no
 * profile, e-mail or Keycloak account claims, no audience but the API's (every call carries the token).
 */
@ApplicationScoped
public class OAuthClientRegistry {

    private static final Logger LOG = Logger.getLogger(OAuthClientRegistry.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The realm's client scope that gives the {@code partner} role and the API's audience. */
    static final String PARTNER_SCOPE = "imprimfip-partner";

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

    @Inject
    RegistrationTokenSeal seal;

    private volatile HttpClient http;
    private volatile String token;
    private volatile Instant tokenExpiresAt = Instant.EPOCH;

    /** The client attribute naming the partner a client was registered for. */
    static final String OWNER_ATTRIBUTE = "imprimfip.partner";

    /**
     * Registers the OAuth client {@code clientId} of the application of partner {@code owner}, authenticated by the
     * certificate whose subject is {@code certificateSubject}, or brings it up to date when {@code sealedToken} (the
     * sealed registration access token of an earlier registration) is given. Answers the new sealed registration
     * access token. A client id Keycloak already knows otherwise (the console's, the print centre's, another
     * partner's) is refused by Keycloak itself: the platform holds no token to change it.
     */
    public String register(String clientId, String owner, String displayName, String certificateSubject,
                           String sealedToken) {
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
                .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("roles").add(PARTNER_SCOPE))
                .add("optionalClientScopes", Json.createArrayBuilder())
                .add("attributes", Json.createObjectBuilder()
                        .add(OWNER_ATTRIBUTE, owner)
                        .add("x509.subjectdn", certificateSubject)
                        .add("x509.allow.regex.pattern.comparison", "false")
                        .add("tls.client.certificate.bound.access.tokens", "true")
                        .add("access.token.lifespan", "300"))
                .build();
        HttpResponse<String> answer;
        if (sealedToken == null) {
            answer = send("POST", "", representation.toString(), registrarToken());
            if (answer.statusCode() == 409 || answer.statusCode() == 400 && answer.body().contains("in use")) {
                throw new ConventionRuleException("Le client " + clientId + " existe déjà dans Keycloak sans avoir"
                        + " été enregistré pour ce partenaire : il n'est pas modifié.",
                        "Client " + clientId + " already exists in Keycloak without having been registered for"
                        + " this partner: it is left unchanged.");
            }
            expect(answer, 201, "POST");
        } else {
            answer = send("PUT", "/" + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                    representation.toString(), seal.open(sealedToken));
            expect(answer, 200, "PUT");
        }
        LOG.info(() -> "OAuth client " + clientId + " registered in Keycloak for " + certificateSubject);
        return seal.seal(Json.createReader(new StringReader(answer.body())).readObject()
                .getString("registrationAccessToken"));
    }

    /**
     * The client can no longer obtain tokens (its partner's convention ended). Only a client the platform registered
     * (whose sealed registration access token it keeps) can be disabled by it; Keycloak refuses the rest.
     */
    public void disable(String clientId, String sealedToken) {
        if (sealedToken == null) {
            throw new IdentityProviderUnavailableException("Le client " + clientId + " a été enregistré sans jeton"
                    + " d'enregistrement : à désactiver dans la console d'administration de Keycloak");
        }
        HttpResponse<String> answer = send("PUT", "/" + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                Json.createObjectBuilder().add("clientId", clientId).add("enabled", false).build().toString(),
                seal.open(sealedToken));
        expect(answer, 200, "PUT");
        LOG.info(() -> "OAuth client " + clientId + " disabled in Keycloak");
    }

    private HttpResponse<String> send(String method, String path, String json, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + realm
                        + "/clients-registrations/default" + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        return exchange(request.build());
    }

    private static void expect(HttpResponse<String> answer, int expected, String method) {
        if (answer.statusCode() != expected) {
            throw new IdentityProviderUnavailableException("Keycloak a répondu " + answer.statusCode() + " à "
                    + method + " d'un client");
        }
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
