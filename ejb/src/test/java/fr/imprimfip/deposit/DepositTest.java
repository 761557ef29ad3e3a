package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

class DepositTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant ANALYSED = RECEIVED.plusSeconds(5);
    private static final Instant EXPIRY = ANALYSED.plusSeconds(7 * 86_400);

    @Test
    void aReceivedFileWaitsForAnalysis() {
        Deposit deposit = received();
        assertEquals(FileStatus.IN_SUBMISSION, deposit.status());
        assertTrue(deposit.documents().isEmpty());
        assertNull(deposit.analyzedDocs());
    }

    @Test
    void documentsAcceptedAndRefusedGiveSubmittedWithErrors() {
        Deposit deposit = received();
        deposit.completeAnalysis(List.of(DocumentAnalysis.accepted("A1", 2),
                DocumentAnalysis.refused("A2", 1, "Adresse illisible")), ANALYSED, EXPIRY);

        assertEquals(FileStatus.SUBMITTED_WITH_ERRORS, deposit.status());
        assertEquals(2, deposit.analyzedDocs());
        assertEquals(1, deposit.rejectedDocs());
        assertEquals(DocumentStatus.PENDING, deposit.documents().get(0).status());
        assertEquals(DocumentStatus.ERROR, deposit.documents().get(1).status());
        assertEquals("Adresse illisible", deposit.documents().get(1).statusMessage());
        assertEquals(1, deposit.documents().get(0).history().size(), "every transition is kept");
        assertEquals(StatusSource.ANALYSIS, deposit.documents().get(0).history().get(0).source());
        assertNull(deposit.contentExpiresAt(), "content of a file in production is kept");
    }

    @Test
    void aFileWhoseDocumentsAreAllRefusedIsInErrorAndExpires() {
        Deposit deposit = received();
        deposit.completeAnalysis(List.of(DocumentAnalysis.refused("A1", 1, "x")), ANALYSED, EXPIRY);
        assertEquals(FileStatus.ERROR, deposit.status());
        assertEquals(EXPIRY, deposit.contentExpiresAt());
    }

    @Test
    void aRejectedFileCannotBeAnalysedTwice() {
        Deposit deposit = received();
        deposit.reject("Le fichier n'est pas un PDF lisible.", ANALYSED, EXPIRY);
        assertEquals(FileStatus.ERROR, deposit.status());
        assertEquals(0, deposit.analyzedDocs());
        assertThrows(IllegalStateException.class, () -> deposit.reject("again", ANALYSED, EXPIRY));
        assertThrows(IllegalStateException.class,
                () -> deposit.completeAnalysis(List.of(DocumentAnalysis.accepted("A", 1)), ANALYSED, EXPIRY));
    }

    @Test
    void contentIsPurgedOnlyOnceDue() {
        Deposit deposit = received();
        assertThrows(IllegalStateException.class, () -> deposit.markContentPurged(ANALYSED));
        deposit.reject("x", ANALYSED, EXPIRY);
        assertThrows(IllegalStateException.class, () -> deposit.markContentPurged(EXPIRY.minusSeconds(1)));
        deposit.markContentPurged(EXPIRY);
        assertTrue(deposit.contentPurged());
    }

    @Test
    void aRegisteredLettersAddressesAreDestroyedWithItsContent() {
        Deposit deposit = received(SendingType.LRAR);
        deposit.carryRegisteredAddresses("c2VhbGVk");
        assertEquals("c2VhbGVk", deposit.sealedRegisteredAddresses());
        deposit.reject("x", ANALYSED, EXPIRY);
        assertThrows(IllegalStateException.class, () -> deposit.markContentPurged(EXPIRY.minusSeconds(1)));
        assertEquals("c2VhbGVk", deposit.sealedRegisteredAddresses(), "kept while the content is");
        deposit.markContentPurged(EXPIRY);
        assertNull(deposit.sealedRegisteredAddresses());
    }

    @Test
    void onlyARegisteredLetterWithAcknowledgementCarriesAddresses() {
        assertThrows(IllegalArgumentException.class, () -> received(SendingType.STD).carryRegisteredAddresses("x"));
        assertThrows(IllegalArgumentException.class, () -> received(SendingType.LRE).carryRegisteredAddresses("x"));
        assertThrows(IllegalArgumentException.class, () -> received(SendingType.LRAR).carryRegisteredAddresses(""));
        PostalAddress address = new PostalAddress("M DUPONT", "1 RUE HAUTE", null, null, null, "75008", "PARIS", null);
        RegisteredAddresses addresses = new RegisteredAddresses(address, address);
        assertThrows(IllegalArgumentException.class,
                () -> new DepositOptions("a.pdf", null, Paper.DUPLEX, SendingType.STD, null, addresses));
        assertEquals(addresses, new DepositOptions("a.pdf", null, Paper.DUPLEX, SendingType.LRAR, null, addresses)
                .registeredAddresses());
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class,
                () -> new DepositOptions(" ", null, Paper.DUPLEX, SendingType.STD, null));
        assertThrows(NullPointerException.class, () -> new DepositOptions("a.pdf", null, null, SendingType.STD, null));
    }

    @Test
    void registeredMailIsFinalOnlyOnceDelivered() {
        assertTrue(DocumentStatus.SHIPPED.isFinal(SendingType.STD));
        assertTrue(!DocumentStatus.SHIPPED.isFinal(SendingType.LRAR));
        assertTrue(DocumentStatus.DELIVERED.isFinal(SendingType.LRAR));
        assertTrue(!DocumentStatus.ERROR.billable() && !DocumentStatus.DELETED.billable());
    }

    private static Deposit received() {
        return received(SendingType.STD);
    }

    private static Deposit received(SendingType sendingType) {
        Partner partner = new Partner("demo", "Demo", "11000000000001", RECEIVED);
        return Deposit.receive(TechnicalReference.generate("a.pdf", RECEIVED, "agent"), partner,
                ServiceEnvironment.PRODUCTION, new DepositOptions("a.pdf", null, Paper.DUPLEX, sendingType, null),
                new StoredContent("2026/03/02/x.pdf", 10, "0".repeat(64)), RECEIVED);
    }
}
