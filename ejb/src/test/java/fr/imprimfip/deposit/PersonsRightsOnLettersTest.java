package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.SendingType;

/**
 * A letter restricted or erased on the controller's instruction: a restriction is marked once; an erasure withdraws a
 * pending letter, wipes its sealed addresses and counts its content destroyed, and waits while the letter is being
 * printed; a letter handed to the post keeps its statuses.
 */
class PersonsRightsOnLettersTest {

    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

    @Test
    void aRestrictionIsMarkedOnce() {
        Deposit letter = RegisteredDeliveryTest.analysed(SendingType.LRAR);
        letter.restrictOnInstruction(NOW);
        letter.restrictOnInstruction(NOW.plusSeconds(60));
        assertEquals(NOW, letter.rightsRestrictedAt());
    }

    @Test
    void anErasureWithdrawsAPendingLetterAndWipesItsAddresses() {
        Deposit letter = RegisteredDeliveryTest.analysed(SendingType.LRAR);
        letter.carryRegisteredAddresses("c2VhbGVk");
        assertTrue(letter.erasableNow());
        letter.eraseOnInstruction(NOW);
        DepositedDocument document = letter.documents().get(0);
        assertEquals(DocumentStatus.DELETED, document.status());
        assertEquals(StatusSource.ADMINISTRATOR, document.history().get(document.history().size() - 1).source());
        assertNull(letter.sealedRegisteredAddresses());
        assertTrue(letter.contentPurged());
        assertEquals(NOW, letter.contentExpiresAt());
        assertEquals(NOW, letter.rightsErasedAt());
    }

    @Test
    void aLetterBeingPrintedWaitsAndOneHandedToThePostKeepsItsStatus() {
        Deposit printing = RegisteredDeliveryTest.letterIn(DocumentStatus.IN_PRODUCTION);
        assertFalse(printing.erasableNow());
        assertThrows(IllegalStateException.class, () -> printing.eraseOnInstruction(NOW));
        assertNull(printing.rightsErasedAt());

        for (DocumentStatus status : List.of(DocumentStatus.SHIPPED, DocumentStatus.OUT_FOR_DELIVERY,
                DocumentStatus.DELIVERED)) {
            Deposit handed = RegisteredDeliveryTest.letterIn(status);
            assertTrue(handed.erasableNow(), status.name());
            handed.eraseOnInstruction(NOW);
            assertEquals(status, handed.documents().get(0).status(), "what La Poste reports stays");
        }
    }
}
