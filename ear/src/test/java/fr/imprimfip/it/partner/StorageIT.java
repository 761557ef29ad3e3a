package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/** Deposited files are encrypted at rest and their integrity is checked on every read. */
@ExtendWith(ArquillianExtension.class)
class StorageIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aStoredFileIsEncryptedAndATamperedOneIsDetected() throws Exception {
        String partner = Keycloak.demoPartnerToken();
        String admin = Keycloak.adminToken();
        byte[] pdf = LetterPdfs.conformingLetter(2);
        String ref = api.submitPdf(partner, "secret.pdf", pdf).json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"),
                "the analysis reads the encrypted file");

        JsonObject deposit = api.getAs("/admin/deposits/" + ref, admin).json();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
                deposit.getString("sha256"), "the digest is the one of the file the partner sent");
        Path blob = Path.of(System.getProperty("jboss.home"), "standalone", "data", "imprimfip", "files",
                deposit.getString("storageKey"));
        byte[] stored = Files.readAllBytes(blob);
        byte[] header = ("IFE2" + (char) 11 + "content-key").getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(header, Arrays.copyOf(stored, header.length), "sealed under the key its header names");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("%PDF"), "no PDF in clear at rest");
        assertTrue(stored.length > pdf.length, "the stored form carries its salt, nonce and tags");

        assertEquals(true, integrity(ref, admin).getBoolean("intact"));

        stored[stored.length / 2] ^= 0x01;
        Files.write(blob, stored);
        JsonObject check = integrity(ref, admin);
        assertTrue(check.getBoolean("contentStored"));
        assertEquals(false, check.getBoolean("intact"), "a single flipped bit is detected");
    }

    private JsonObject integrity(String ref, String admin) {
        ApiClient.Answer answer = api.postJson("/admin/deposits/" + ref + "/integrity-check", admin, "");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
