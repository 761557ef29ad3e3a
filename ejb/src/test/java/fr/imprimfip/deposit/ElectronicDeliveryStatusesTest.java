package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientType;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * An electronic registered letter's document: pending, in production once taken, "Mis en distribution" once
 * notified, then "Distribué", "Refusé", "Négligé" or "Echec de distribution", each from the electronic delivery;
 * the file's content starts its retention once the letter is final; never from a print lot, never in the sandbox.
 */
class ElectronicDeliveryStatusesTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant EXPIRY = RECEIVED.plus(Duration.ofDays(400));
    private static final RecipientInformation RECIPIENT = new RecipientInformation("claire.martin@exemple.fr",
            RecipientType.PARTICULIER, "Martin", "Claire", null);

    @Test
    void theLetterFollowsItsElectronicDelivery() {
        for (DocumentStatus last : List.of(DocumentStatus.DELIVERED, DocumentStatus.REFUSED,
                DocumentStatus.NOT_COLLECTED, DocumentStatus.DELIVERY_FAILED)) {
            Deposit deposit = analysed(ServiceEnvironment.PRODUCTION);
            Instant at = RECEIVED.plusSeconds(60);
            deposit.takeForElectronicDelivery(0, at);
            assertEquals(DocumentStatus.IN_PRODUCTION, status(deposit));
            deposit.notifiedElectronically(0, at.plusSeconds(5));
            assertEquals(DocumentStatus.OUT_FOR_DELIVERY, status(deposit));
            assertNull(deposit.contentExpiresAt());
            Instant end = at.plus(Duration.ofDays(15));
            switch (last) {
                case DELIVERED -> deposit.acceptedByRecipient(0, end, EXPIRY);
                case REFUSED -> deposit.refusedByRecipient(0, end, EXPIRY);
                case NOT_COLLECTED -> deposit.neglectedByRecipient(0, end, EXPIRY);
                default -> deposit.electronicNotificationUndeliverable(0, end, "Notification non distribuable", EXPIRY);
            }
            DepositedDocument document = deposit.documents().get(0);
            assertEquals(last, document.status());
            assertEquals(StatusSource.ELECTRONIC_DELIVERY, document.history().get(document.history().size() - 1)
                    .source());
            assertEquals(EXPIRY, deposit.contentExpiresAt(), "the content's retention starts with the final status");
        }
    }

    @Test
    void aNotificationRefusedAtOnceFailsTheLetterBeforeItIsOutForDelivery() {
        Deposit deposit = analysed(ServiceEnvironment.PRODUCTION);
        deposit.takeForElectronicDelivery(0, RECEIVED.plusSeconds(60));
        deposit.electronicNotificationUndeliverable(0, RECEIVED.plusSeconds(61), "refusé", EXPIRY);
        assertEquals(DocumentStatus.DELIVERY_FAILED, status(deposit));
        assertThrows(IllegalStateException.class, () -> deposit.notifiedElectronically(0, RECEIVED.plusSeconds(62)));
    }

    @Test
    void aDecisionNeedsANotifiedLetter() {
        Deposit deposit = analysed(ServiceEnvironment.PRODUCTION);
        assertThrows(IllegalStateException.class, () -> deposit.acceptedByRecipient(0, RECEIVED, EXPIRY));
        deposit.takeForElectronicDelivery(0, RECEIVED.plusSeconds(60));
        assertThrows(IllegalStateException.class, () -> deposit.takeForElectronicDelivery(0, RECEIVED));
        assertThrows(IllegalStateException.class, () -> deposit.refusedByRecipient(0, RECEIVED, EXPIRY));
        assertThrows(DocumentNotDeletableException.class, () -> deposit.deleteDocument(0, RECEIVED, EXPIRY));
    }

    @Test
    void sandboxLettersAreNotDeliveredByEMail() {
        Deposit deposit = analysed(ServiceEnvironment.SANDBOX);
        assertThrows(IllegalStateException.class, () -> deposit.takeForElectronicDelivery(0, RECEIVED));
    }

    private static DocumentStatus status(Deposit deposit) {
        return deposit.documents().get(0).status();
    }

    private static Deposit analysed(ServiceEnvironment environment) {
        Partner partner = new Partner("demo", "Demo", "11000000000001", RECEIVED);
        Deposit deposit = Deposit.receive(TechnicalReference.generate("a.pdf", RECEIVED, "agent"), partner,
                environment, new DepositOptions("a.pdf", null, Paper.DUPLEX, SendingType.LRE, null, null, RECIPIENT),
                new StoredContent("2026/03/02/x.pdf", 10, "0".repeat(64)), RECEIVED);
        deposit.completeAnalysis(List.of(DocumentAnalysis.accepted("A1", 2)), RECEIVED.plusSeconds(5), EXPIRY);
        return deposit;
    }
}
