package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.client.DepositRequest;
import fr.imprimfip.client.Download;
import fr.imprimfip.client.ImprimFipClient;
import fr.imprimfip.client.ImprimFipException;
import fr.imprimfip.client.model.DepositPageView;
import fr.imprimfip.client.model.DepositReceipt;
import fr.imprimfip.client.example.FirstDeposit;
import fr.imprimfip.client.model.DepositView;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The Java client partners are given (module client), used as a partner's application uses it against the real
 * platform: its token from Keycloak over mutual TLS, a deposit replayed by its Idempotency-Key, the deposit followed,
 * refusals as problem details.
 */
@ExtendWith(ArquillianExtension.class)
class JavaClientIT {

    private static final char[] PKI_PASSWORD = "demo-pki-password".toCharArray();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    /** The client of the demo OAuth client {@code clientId}, set up from its PKCS#12 files as a partner's would be. */
    static ImprimFipClient client(String clientId, String language) {
        return ImprimFipClient.builder()
                .baseUrl(Platform.BASE_URL)
                .tokenEndpoint(Keycloak.MTLS_URL + "/realms/imprimfip/protocol/openid-connect/token")
                .clientId(clientId)
                .keyStore(DemoPki.DIR.resolve(DemoPki.certificateOf(clientId) + ".p12"), PKI_PASSWORD)
                .trustStore(DemoPki.DIR.resolve("truststore.p12"), PKI_PASSWORD)
                .acceptLanguage(language)
                .build();
    }

    @Test
    void aPartnerDepositsAndFollowsItsLetter() {
        ImprimFipClient client = client("demo-partner", null);
        String label = UUID.randomUUID().toString();
        byte[] pdf = LetterPdfs.conformingLetter(1);
        DepositRequest request = DepositRequest.of("client.pdf").label("lot", label);
        String key = client.newIdempotencyKey();

        DepositReceipt receipt = client.deposit(pdf, request, key);
        DepositReceipt replay = client.deposit(pdf, request, key);

        assertEquals(receipt.getReference(), replay.getReference(), "the same key deposits once");
        assertEquals(label, receipt.getMetadata().get("lot"));
        assertEquals(pdf.length, receipt.getSizeBytes());
        DepositView deposit = client.awaitAnalysed(receipt.getReference(), Duration.ofSeconds(60));
        assertEquals("SUBMITTED", deposit.getStatus(), deposit.toString());
        assertEquals(1, deposit.getDocuments().size());
        assertEquals("PENDING", deposit.getDocuments().get(0).getStatus());
        assertEquals("ANALYSIS", deposit.getDocuments().get(0).getTimeline().get(0).getSource());
        DepositPageView mine = client.deposits(Map.of("metadata.lot", label));
        assertEquals(List.of(receipt.getReference()), mine.getItems().stream().map(DepositView::getReference).toList());
    }

    @Test
    void refusalsAreProblemDetailsAndAnotherPartnersDepositIsNotFound() {
        ImprimFipClient client = client("demo-partner", "en");
        ImprimFipException invalid = assertThrows(ImprimFipException.class, () -> client.deposit(
                LetterPdfs.conformingLetter(1), DepositRequest.of("client.pdf").paper("A3")));
        assertEquals(400, invalid.status());
        assertEquals("urn:imprimfip:problem:invalid-request", invalid.type());
        assertEquals("Invalid request", invalid.title());
        assertTrue(invalid.detail().startsWith("paper is "), invalid.detail());

        String reference = client.deposit(LetterPdfs.conformingLetter(1), DepositRequest.of("client.pdf"))
                .getReference();
        ImprimFipException stranger = assertThrows(ImprimFipException.class,
                () -> client("demo-partner-b", null).deposit(reference));
        assertEquals(404, stranger.status());
        assertEquals("not-found", stranger.slug());
        assertEquals("Ressource introuvable", stranger.title(), "French unless English is asked for");
    }

    @Test
    void theExampleFollowsAnElectronicLetterToItsFirstProofThroughItsWebhook() throws Exception {
        Path pdf = Files.write(Files.createTempFile("first-deposit", ".pdf"), LetterPdfs.conformingLetter(1));
        Download proof = FirstDeposit.journey(client("demo-partner", "en"), DemoPki.DIR.resolve("server.p12"),
                PKI_PASSWORD, pdf, Duration.ofSeconds(60));
        assertEquals("application/pdf", proof.mediaType());
        assertEquals("%PDF-", new String(proof.content(), 0, 5, StandardCharsets.US_ASCII));
    }
}
