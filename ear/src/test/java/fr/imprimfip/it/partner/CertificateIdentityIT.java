package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * A partner's application is recognised by its certificate's issuer, subject and thumbprint: another certificate
 * with the same names from the same CA (re-issued, or forged by whoever can get one issued) is refused and audited;
 * a certificate its CA revoked fails the TLS handshake once the server's revocation list names it.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIdentityIT {

    private static final String SUBJECT = "CN=identity-test,O=Identity test administration,C=FR";

    private final ApiClient api = new ApiClient();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aCertificateWithTheRegisteredNamesButAnotherKeyIsRefusedAndAudited() throws IOException {
        String clientId = sandboxPartner("{\"environment\": \"SANDBOX\", \"certificate\": \"" + pem("identity-test")
                + "\"}").getString("clientId");

        String registered = Keycloak.partnerTokenPresenting(clientId, "identity-test");
        assertEquals(200, api.presenting("identity-test").getAs("/api/v2/deposits", registered).status());

        String twin = Keycloak.partnerTokenPresenting(clientId, "identity-test-twin");
        ApiClient.Answer refused = api.presenting("identity-test-twin").getAs("/api/v2/deposits", twin);
        assertEquals(403, refused.status(), refused.body());
        AuditProbe.assertRefusalAudited(api, refused, "autre émetteur ou autre clé");
    }

    @Test
    void aCredentialRegisteredBySubjectKeepsTheFirstCertificatePresented() {
        JsonObject credential = sandboxPartner("{\"environment\": \"SANDBOX\", \"certificateSubject\": \"" + SUBJECT
                + "\"}");
        String clientId = credential.getString("clientId");
        assertNull(credential.getString("certificateThumbprint", null), "no certificate known yet: " + credential);

        String first = Keycloak.partnerTokenPresenting(clientId, "identity-test-twin");
        assertEquals(200, api.presenting("identity-test-twin").getAs("/api/v2/deposits", first).status());
        String partner = clientId.replace("-sandbox", "");
        JsonObject kept = api.getAs("/admin/partners/" + partner + "/credentials", Keycloak.adminToken())
                .jsonArray().getJsonObject(0);
        assertNotNull(kept.getString("certificateThumbprint", null), kept.toString());

        String other = Keycloak.partnerTokenPresenting(clientId, "identity-test");
        ApiClient.Answer refused = api.presenting("identity-test").getAs("/api/v2/deposits", other);
        assertEquals(403, refused.status(), refused.body());
        AuditProbe.assertRefusalAudited(api, refused, "autre émetteur ou autre clé");
    }

    @Test
    void aRevokedCertificateFailsTheHandshakeOnceTheRevocationListIsReloaded() throws Exception {
        String clientId = sandboxPartner("{\"environment\": \"SANDBOX\", \"certificate\": \"" + pem("revoked-test")
                + "\"}").getString("clientId");
        String token = Keycloak.partnerTokenPresenting(clientId, "revoked-test");
        assertEquals(200, deposits("revoked-test", token), "not revoked yet");

        Path crl = Path.of(System.getProperty("jboss.home"), "standalone", "configuration", "ca.crl");
        byte[] published = Files.readAllBytes(crl);
        try {
            revoke("revoked-test", crl);
            reloadRevocationList();
            assertThrows(IOException.class, () -> deposits("revoked-test", token),
                    "the revoked certificate fails the handshake");
            assertEquals(200, deposits("identity-test",
                    Keycloak.partnerTokenPresenting(sandboxPartner("{\"environment\": \"SANDBOX\", \"certificate\": \""
                            + pem("identity-test") + "\"}").getString("clientId"), "identity-test")),
                    "the other certificates of the CA still pass");
        } finally {
            Files.write(crl, published);
            reloadRevocationList();
        }
    }

    /** A call on a new connection (no TLS session to resume) presenting {@code certificate}; its status. */
    private static int deposits(String certificate, String token) throws IOException, InterruptedException {
        HttpClient fresh = DemoPki.newClient(certificate, HttpClient.Version.HTTP_1_1);
        return fresh.send(HttpRequest.newBuilder(URI.create(Platform.BASE_URL + "/api/v2/deposits"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The demo CA publishes a new revocation list naming {@code certificate}, where the server reads it. */
    private static void revoke(String certificate, Path crl) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("..", "scripts", "DemoCrl.java").toString(), DemoPki.DIR.resolve("ca.p12").toString(),
                "demo-ca", "demo-pki-password", "1", crl.toString(),
                DemoPki.DIR.resolve(certificate + ".pem").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private void reloadRevocationList() throws IOException {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("reload-certificate-revocation-list");
        operation.get("address").add("subsystem", "elytron").add("trust-manager", "imprimfipTM");
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }

    /** A new partner with a sandbox habilitation and its credential registered by {@code credential}. */
    private JsonObject sandboxPartner(String credential) {
        String admin = Keycloak.adminToken();
        String id = "cid-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\", \"name\":"
                + " \"Administration " + id + "\", \"siret\": \"11000000000095\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\", \"email\": \"anne@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"Paul Durand\", \"email\": \"dpo@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"Support\", \"email\": \"support@" + id
                + ".invalid\"}], \"recipientServices\": [\"Service des impôts des particuliers\"]}")
                .status());
        put("/admin/partners/" + id + "/habilitations/SANDBOX", admin, "{\"validFrom\": \""
                + LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1) + "\", \"validUntil\": null, \"deposit\": true,"
                + " \"read\": true, \"dataPass\": {\"number\": \"DP-" + id + "\", \"legalBasis\": \"CGI art. L. 253\","
                + " \"purpose\": \"Envoi des avis\", \"expectedLettersPerYear\": 1000, \"requestedCallsPerMinute\": 50}}");
        put("/admin/partners/" + id + "/ip-ranges", admin, "{\"ranges\": [\"127.0.0.0/8\", \"::1/128\"]}");
        ApiClient.Answer registered = api.postJson("/admin/partners/" + id + "/credentials", admin, credential);
        assertEquals(200, registered.status(), registered.body());
        return registered.json();
    }

    private void put(String path, String token, String json) {
        ApiClient.Answer answer = api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, answer.status(), path + ": " + answer.body());
    }

    private static String pem(String certificate) throws IOException {
        return Files.readString(DemoPki.DIR.resolve(certificate + ".pem")).replace("\r", "").replace("\n", "\\n");
    }
}
