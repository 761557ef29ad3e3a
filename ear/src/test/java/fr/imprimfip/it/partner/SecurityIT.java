package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.TokenClaims;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Hostile or broken calls get their precise refusal and change nothing: no client certificate, an untrusted one,
 * another partner's, expired tokens, tokens for another audience, file names that are paths or carry control
 * characters, oversized headers and bodies.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void thePartnerDoorWantsTheCertificateTheTokenWasIssuedFor() {
        String partner = Keycloak.demoPartnerToken();
        String correlation = java.util.UUID.randomUUID().toString();
        ApiClient.Answer none = api.presenting("").send(api.request("/api/v1/file/courrier_11272026101500-ABC123"
                + "@demo-partner.pdf/status", partner).header("X-Correlation-ID", correlation).GET());
        assertEquals(401, none.status(), none.body());
        assertEquals(920016, none.json().getJsonObject("erreur").getInt("code"));
        assertEquals(401, api.presenting("").getAs("/editique/lots", Keycloak.printCentreToken()).status(),
                "the print centre too");

        ApiClient.Answer other = api.presenting("demo-partner-b").getAs("/api/v2/deposits", partner);
        assertEquals(401, other.status(), "another partner's valid certificate: " + other.body());
        assertEquals("urn:imprimfip:problem:token-not-bound", other.json().getString("type"));
        AuditProbe.assertRefusalAudited(api, other, "pas été émis pour le certificat présenté");

        assertThrows(IllegalStateException.class, () -> api.presenting("rogue-partner").getAs("/api/v2/deposits",
                partner), "a certificate of an unknown CA fails the handshake");
        assertThrows(IllegalStateException.class, () -> Keycloak.partnerTokenPresenting("demo-partner",
                "demo-partner-b"), "Keycloak gives no token to a client presenting another client's certificate");
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status(), "with its own certificate, it works");

        ApiClient.Answer trail = api.getAs("/admin/audit/events?from=" + java.time.Instant.now().minusSeconds(60)
                + "&to=" + java.time.Instant.now().plusSeconds(5), Keycloak.adminToken());
        assertTrue(trail.body().lines().anyMatch(line -> line.contains(correlation) && line.contains("\"status\":401")
                && line.contains("certificat")), "the refusal is in the audit trail");
    }

    @Test
    void applicationsTokensCarryOnlyWhatTheApiReads() {
        TokenClaims.assertOnlyWhatTheApiReads(Keycloak.demoPartnerToken(), "partner");
        TokenClaims.assertOnlyWhatTheApiReads(Keycloak.partnerToken("demo-partner-sandbox"), "partner");
        TokenClaims.assertOnlyWhatTheApiReads(Keycloak.printCentreToken(), "editique");
    }

    @Test
    void anExpiredTokenIsRefusedAsInvalidCredentials() throws Exception {
        String token = Keycloak.partnerToken("test-short-lived");
        ApiClient.Answer fresh = api.status(token, "courrier_11272026101500-ABC123@demo.pdf");
        assertEquals(403, fresh.status(), "a valid token of a client that is no registered partner");
        assertEquals(920003, fresh.json().getJsonObject("erreur").getInt("code"));
        AuditProbe.assertRefusalAudited(api, fresh, "Identifiant technique non enregistré");
        ApiClient.Answer expired = fresh;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (expired.status() != 401 && System.nanoTime() < deadline) {
            Thread.sleep(500); // the client's tokens live 1 s, then the verification's 5 s of clock skew
            expired = api.status(token, "courrier_11272026101500-ABC123@demo.pdf");
        }
        assertEquals(401, expired.status(), expired.body());
        assertEquals(900901, expired.json().getJsonObject("erreur").getInt("code"));
        AuditProbe.assertRefusalAudited(api, expired, "Jeton");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = Keycloak.partnerToken("test-other-audience");
        ApiClient.Answer v1 = api.status(token, "courrier_11272026101500-ABC123@demo.pdf");
        assertEquals(401, v1.status());
        assertEquals(900901, v1.json().getJsonObject("erreur").getInt("code"));
        AuditProbe.assertRefusalAudited(api, v1, "Jeton");
        ApiClient.Answer v2 = api.getAs("/api/v2/deposits", token);
        assertEquals(401, v2.status());
        assertEquals("urn:imprimfip:problem:invalid-credentials", v2.json().getString("type"));
        AuditProbe.assertRefusalAudited(api, v2, "Jeton");
    }

    @Test
    void fileNamesAreNamesNotPathsNorControlCharacters() {
        String partner = Keycloak.demoPartnerToken();
        for (String name : new String[] {"../../etc/passwd.pdf", "lettre\\u0000.pdf", "lettre\\n.pdf",
            "C:\\\\temp\\\\lettre.pdf"}) {
            ApiClient.Answer v1 = api.submit(partner, new ApiClient.Multipart()
                    .file("docFile", "lettre.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                    .json("jsonParameters", "{\"filename\":\"" + name + "\",\"options\":{\"paper\":\"DUPLEX\","
                            + "\"sendingType\":\"STD\"}}"));
            assertEquals(400, v1.status(), name + ": " + v1.body());
            JsonObject error = v1.json().getJsonObject("erreur");
            assertEquals(920001, error.getInt("code"));
            assertTrue(error.getString("message").contains("filename"), error.toString());
            AuditProbe.assertRefusalAudited(api, v1, "filename");
        }
        for (String name : new String[] {"..%2F..%2Fx.pdf", "a%0Ab.pdf", "a%00b.pdf"}) {
            ApiClient.Answer v2 = api.send(api.request("/api/v2/deposits?filename=" + name, partner)
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
            assertEquals(400, v2.status(), name + ": " + v2.body());
            assertEquals("urn:imprimfip:problem:invalid-request", v2.json().getString("type"));
            AuditProbe.assertRefusalAudited(api, v2, "");
        }
    }

    @Test
    void annexNamesFollowTheRuleOfFileNamesOnBothDoors() {
        String partner = Keycloak.demoPartnerToken();
        String label = "annexes-" + java.util.UUID.randomUUID();
        long before = depositsLabelled(partner, label);
        for (String name : new String[] {"a".repeat(300) + ".pdf", "notice\r\nX-Forge: 1.pdf", "notice\".pdf",
            "../notice.pdf"}) {
            String json = jakarta.json.Json.createObjectBuilder().add("filename", "avis.pdf")
                    .add("options", jakarta.json.Json.createObjectBuilder().add("paper", "DUPLEX").add("sendingType", "STD"))
                    .add("annexes", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                            .add("filename", name))).build().toString();
            ApiClient.Answer v1 = api.submit(partner, new ApiClient.Multipart()
                    .file("docFile", "avis.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                    .file("anxFile", "notice.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                    .json("jsonParameters", json));
            assertEquals(400, v1.status(), name + ": " + v1.body());
            assertTrue(v1.json().getJsonObject("erreur").getString("message").contains("annexes"), v1.body());
            AuditProbe.assertRefusalAudited(api, v1, "annexes");
        }
        for (String header : new String[] {"filename=\"" + "a".repeat(300) + ".pdf\"",
            "filename*=UTF-8''notice%0D%0AX-Forge%3A%201.pdf", "filename=\"notice\\\".pdf\""}) {
            ApiClient.Multipart form = new ApiClient.Multipart()
                    .file("document", "lot.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                    .json("options", "{\"filename\":\"lot.pdf\",\"metadata\":{\"campagne\":\"" + label + "\"}}")
                    .part("Content-Disposition: form-data; name=\"annexes\"; " + header
                            + "\r\nContent-Type: application/pdf\r\n", LetterPdfs.conformingLetter(1));
            ApiClient.Answer v2 = api.send(api.request("/api/v2/deposits", partner)
                    .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
            assertEquals(400, v2.status(), header + ": " + v2.body());
            assertEquals("urn:imprimfip:problem:invalid-request", v2.json().getString("type"), v2.body());
            AuditProbe.assertRefusalAudited(api, v2, "annexes");
        }
        assertEquals(before, depositsLabelled(partner, label), "nothing is recorded");
    }

    private long depositsLabelled(String partner, String label) {
        return api.getAs("/api/v2/deposits?limit=200", partner).json().getJsonArray("items").stream()
                .filter(d -> d.toString().contains(label)).count();
    }

    @Test
    void oversizedHeadersAreRefusedAndTheServerGoesOn() {
        String partner = Keycloak.demoPartnerToken();
        int status;
        try {
            status = api.send(api.request("/api/v2/deposits", partner).header("X-Padding", "x".repeat(20_000)).GET())
                    .status();
        } catch (IllegalStateException connectionClosed) {
            status = 400;
        }
        assertTrue(status >= 400 && status < 500, "refused as a bad request: " + status);
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsKept() {
        String partner = Keycloak.demoPartnerToken();
        long before = deposits(partner);
        long size = 200L * 1024 * 1024 + 1;
        ApiClient.Answer refused = api.send(api.request("/api/v2/deposits?filename=enorme.pdf", partner)
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroBytes(size))));
        assertEquals(413, refused.status(), refused.body());
        assertEquals("urn:imprimfip:problem:payload-too-large", refused.json().getString("type"));
        AuditProbe.assertRefusalAudited(api, refused, "taille maximale");
        assertEquals(before, deposits(partner), "nothing is recorded");
    }

    private long deposits(String partner) {
        return api.getAs("/api/v2/deposits?limit=200", partner).json().getJsonArray("items")
                .stream().filter(d -> d.asJsonObject().getString("filename").equals("enorme.pdf")).count();
    }

    /** {@code size} zero bytes, produced as they are read. */
    private static final class ZeroBytes extends InputStream {
        private long left;

        ZeroBytes(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
