package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.TestPartners;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The end of a partner's service (annex clause 4.3), on the real server: a fresh partner under termination notice
 * whose written choice is the return downloads its archive once through v2 (manifest and checksums checked here,
 * the deposited file in it as sent), a second download is 410, then nothing of its data is left in the database or
 * the content store, the archive included, and the destruction certificate is e-mailed (PDF attached, the one kept);
 * a partner choosing the destruction has its data destroyed at once and no archive.
 */
@ExtendWith(ArquillianExtension.class)
class EndOfServiceIT {

    private static final String CERTIFICATE = "onboarding-test";
    private static final String SUBJECT = "CN=onboarding-test,O=Onboarding test administration,C=FR";
    private static final ServerSetup RELAY = new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ApiClient api = new ApiClient();
    private final ApiClient application = new ApiClient().presenting(CERTIFICATE);
    private GreenMail relay;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @BeforeEach
    void startRelay() {
        relay = new GreenMail(RELAY);
        relay.start();
    }

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void theReturnIsDownloadedOnceThenEveryCopyIsDestroyedAndCertified() throws Exception {
        String admin = Keycloak.adminToken();
        String id = TestPartners.underTerminationNotice(api, admin, "eos");
        String token = callingPartner(id, admin);
        byte[] pdf = LetterPdfs.file().letter("FIN-1", 1).letter("FIN-2", 1).build();
        String reference = analysedDeposit(token, pdf);
        JsonObject deposit = api.getAs("/admin/deposits/" + reference, admin).json();
        Path depositFile = storeFile(deposit.getString("storageKey"));
        assertTrue(Files.exists(depositFile));

        assertEquals(404, api.getAs("/admin/partners/" + id + "/end-of-service", admin).status(), "none yet");
        assertEquals(404, application.getAs("/api/v2/archive", token).status(), "no archive before the choice");
        assertEquals(400, api.postJson("/admin/partners/" + id + "/end-of-service", admin,
                "{\"choice\": \"RETURN\", \"writtenReference\": \" \"}").status(), "the writing is referenced");
        ApiClient.Answer recorded = api.postJson("/admin/partners/" + id + "/end-of-service", admin,
                "{\"choice\": \"RETURN\", \"writtenReference\": \"Courrier du maire n° 2026-118\"}");
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject ready = recorded.json();
        assertEquals("ARCHIVE_READY", ready.getString("status"), ready.toString());
        assertEquals("Courrier du maire n° 2026-118", ready.getString("writtenReference"));
        assertEquals(409, api.postJson("/admin/partners/" + id + "/end-of-service", admin,
                "{\"choice\": \"DESTRUCTION\", \"writtenReference\": \"Autre\"}").status(), "recorded once");
        Path archiveFile = storeFile(ready.getString("archiveStorageKey"));
        assertTrue(Files.exists(archiveFile));
        assertFalse(new String(Files.readAllBytes(archiveFile), StandardCharsets.ISO_8859_1).contains("manifest"),
                "the archive is encrypted at rest");

        ApiClient.Download download = application.download("/api/v2/archive", token, "application/zip");
        assertEquals(ready.getString("archiveSha256"), sha256(download.bytes()),
                "the archive recorded is the one given");
        Map<String, byte[]> files = unzip(download.bytes());
        JsonObject manifest = Json.createReader(new StringReader(new String(files.get("manifest.json"),
                StandardCharsets.UTF_8))).readObject();
        assertEquals(id, manifest.getString("partner"));
        List<JsonObject> listed = manifest.getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(files.size() - 2, listed.size(), "every file but the manifest and the checksums is listed: "
                + files.keySet());
        for (JsonObject file : listed) {
            byte[] content = files.get(file.getString("path"));
            assertEquals(file.getString("sha256"), sha256(content), file.toString());
            assertEquals(file.getJsonNumber("sizeBytes").longValue(), content.length, file.toString());
        }
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        assertEquals(listed.size() + 1, sums.lines().count(), sums);
        sums.lines().forEach(line -> assertEquals(line.substring(0, 64), sha256(files.get(line.substring(66))),
                line));
        String folder = "depots/" + reference.replaceAll("[^A-Za-z0-9._@-]", "_") + "/";
        assertArrayEquals(pdf, files.get(folder + "fichier.pdf"), "the deposited file, as sent");
        JsonObject depositJson = Json.createReader(new StringReader(new String(files.get(folder + "depot.json"),
                StandardCharsets.UTF_8))).readObject();
        assertEquals(reference, depositJson.getString("reference"));
        assertEquals(2, depositJson.getJsonArray("documents").size());
        String letters = new String(files.get("plis.csv"), StandardCharsets.UTF_8);
        assertTrue(letters.contains(";FIN-1;") && letters.contains(";FIN-2;"), letters);

        ApiClient.Answer again = application.getAs("/api/v2/archive", token);
        assertEquals(410, again.status(), again.body());
        assertEquals("urn:imprimfip:problem:archive-gone", again.json().getString("type"), again.body());
        assertFalse(again.body().contains("Exception"), again.body());

        JsonObject destroyed = waitFor(() -> {
            JsonObject end = api.getAs("/admin/partners/" + id + "/end-of-service", admin).json();
            return "DESTROYED".equals(end.getString("status")) ? end : null;
        });
        assertEquals(404, api.getAs("/admin/deposits/" + reference, admin).status(), "no row of the deposit");
        assertEquals(404, application.getAs("/api/v2/deposits/" + reference, token).status());
        assertTrue(application.getAs("/api/v2/deposits", token).json().getJsonArray("items").isEmpty());
        assertFalse(Files.exists(depositFile), "the deposited file is destroyed");
        assertFalse(Files.exists(archiveFile), "the archive is destroyed");
        assertEquals(410, application.getAs("/api/v2/archive", token).status(), "still gone");

        byte[] kept = api.download("/admin/partners/" + id + "/end-of-service/certificate", admin,
                "application/pdf").bytes();
        assertEquals(destroyed.getString("certificateSha256"), sha256(kept));
        assertTrue(Files.exists(storeFile(destroyed.getString("certificateStorageKey"))), "the certificate is kept");
        MimeMessage mail = received(id, "certificat de destruction");
        assertArrayEquals(kept, attachment(mail), "the certificate e-mailed is the one kept");
        assertTrue(Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList()
                .contains("a@" + id + ".invalid"), "the requester is told");
        received(id, "prêtes à être restituées");
    }

    @Test
    void theDestructionIsAtOnceWithNoArchive() throws Exception {
        String admin = Keycloak.adminToken();
        String id = TestPartners.underTerminationNotice(api, admin, "eod");
        String token = callingPartner(id, admin);
        String reference = analysedDeposit(token, LetterPdfs.conformingLetter(1));
        Path depositFile = storeFile(api.getAs("/admin/deposits/" + reference, admin).json().getString("storageKey"));

        ApiClient.Answer recorded = api.postJson("/admin/partners/" + id + "/end-of-service", admin,
                "{\"choice\": \"DESTRUCTION\", \"writtenReference\": \"Lettre recommandée 1A 234 567 8901 2\"}");
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject end = recorded.json();
        assertEquals("DESTROYED", end.getString("status"), end.toString());
        assertFalse(end.containsKey("archiveSha256") && !end.isNull("archiveSha256"), "no archive for a destruction");
        assertEquals(404, api.getAs("/admin/deposits/" + reference, admin).status());
        assertFalse(Files.exists(depositFile));
        assertEquals(404, application.getAs("/api/v2/archive", token).status(), "nothing to download");
        MimeMessage mail = received(id, "certificat de destruction");
        byte[] certificate = attachment(mail);
        assertEquals(end.getString("certificateSha256"), sha256(certificate));
        assertEquals("%PDF-", new String(certificate, 0, 5, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aConventionStillRunningHasNoEndOfService() {
        String admin = Keycloak.adminToken();
        String id = "eoa-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\", \"name\":"
                + " \"Commune " + id + "\", \"siret\": \"21330063500017\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"A\", \"email\": \"a@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"B\", \"email\": \"b@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"C\", \"email\": \"c@" + id + ".invalid\"}]}")
                .status());
        ApiClient.Answer refused = api.postJson("/admin/partners/" + id + "/end-of-service", admin,
                "{\"choice\": \"DESTRUCTION\", \"writtenReference\": \"Lettre\"}");
        assertEquals(409, refused.status(), refused.body());
        assertEquals(403, api.postJson("/admin/partners/" + id + "/end-of-service", Keycloak.demoPartnerToken(),
                "{\"choice\": \"DESTRUCTION\", \"writtenReference\": \"Lettre\"}").status(), "administrators only");
    }

    /** The partner's sandbox application, calling from loopback with the test certificate: its token. */
    private String callingPartner(String id, String admin) {
        assertEquals(200, api.send(api.request("/admin/partners/" + id + "/ip-ranges", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"ranges\": [\"127.0.0.0/8\", \"::1/128\"]}"))).status());
        ApiClient.Answer credential = api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"SANDBOX\", \"certificateSubject\": \"" + SUBJECT + "\"}");
        assertEquals(200, credential.status(), credential.body());
        return Keycloak.partnerTokenPresenting(id + "-sandbox", CERTIFICATE);
    }

    private String analysedDeposit(String token, byte[] pdf) throws InterruptedException {
        ApiClient.Answer deposited = application.send(application.request("/api/v2/deposits?filename=avis.pdf",
                token).header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        assertEquals(201, deposited.status(), deposited.body());
        String reference = deposited.json().getString("reference");
        waitFor(() -> {
            JsonObject deposit = application.getAs("/api/v2/deposits/" + reference, token).json();
            return deposit.containsKey("analyzedAt") && !deposit.isNull("analyzedAt") ? deposit : null;
        });
        return reference;
    }

    private static Path storeFile(String storageKey) {
        return Path.of(System.getProperty("jboss.home"), "standalone", "data", "imprimfip", "files", storageKey);
    }

    private MimeMessage received(String id, String subject) throws InterruptedException {
        return waitFor(() -> Arrays.stream(relay.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().contains(subject) && Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().endsWith("@" + id + ".invalid"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElse(null));
    }

    private static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T waitFor(Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }
}
