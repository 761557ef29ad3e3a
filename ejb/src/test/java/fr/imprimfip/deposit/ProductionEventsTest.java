package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/** A letter's way through production, as the print centre and La Poste report it. */
class ProductionEventsTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant CUTOFF = RECEIVED.plusSeconds(3_600);
    private static final Instant LATER = CUTOFF.plusSeconds(3_600);
    private static final Instant EXPIRY = LATER.plusSeconds(30 * 86_400L);
    private static final String SLIP = "BD 2026-000123";

    @Test
    void aLetterGoesFromItsLotToLaPosteThroughEachStep() {
        Deposit deposit = inProduction(SendingType.STD);
        DepositedDocument letter = deposit.documents().get(0);
        assertEquals(DocumentStatus.IN_PRODUCTION, letter.status());
        assertEquals(3, letter.lotSequence());

        assertTrue(record(deposit, ProductionEvent.PRINTED));
        assertEquals(ProductionStep.PRINTED, letter.productionStep());
        assertEquals(DocumentStatus.IN_PRODUCTION, letter.status(), "a step keeps the contract's status");
        assertTrue(record(deposit, ProductionEvent.ENVELOPED));
        assertTrue(record(deposit, ProductionEvent.HANDED_OVER));
        assertEquals(DocumentStatus.SHIPPED, letter.status());
        assertEquals(StatusSource.PRINT_CENTRE, letter.history().get(letter.history().size() - 1).source());
        assertEquals(List.of(DocumentStatus.PENDING, DocumentStatus.IN_PRODUCTION, DocumentStatus.IN_PRODUCTION,
                DocumentStatus.IN_PRODUCTION, DocumentStatus.SHIPPED),
                letter.history().stream().map(DocumentStatusChange::status).toList());
        assertEquals(EXPIRY, deposit.contentExpiresAt(), "simple mail is final once shipped");
    }

    @Test
    void aReportSentTwiceOrLateChangesNothing() {
        Deposit deposit = inProduction(SendingType.STD);
        record(deposit, ProductionEvent.ENVELOPED);
        int steps = deposit.documents().get(0).history().size();
        assertFalse(record(deposit, ProductionEvent.ENVELOPED));
        assertFalse(record(deposit, ProductionEvent.PRINTED), "printed reported after enveloped is stale");
        record(deposit, ProductionEvent.HANDED_OVER);
        assertFalse(record(deposit, ProductionEvent.HANDED_OVER));
        assertFalse(record(deposit, ProductionEvent.PRINTED));
        assertEquals(steps + 1, deposit.documents().get(0).history().size());
    }

    @Test
    void anIncidentPutsTheLetterInErrorAndNothingFollowsIt() {
        Deposit deposit = inProduction(SendingType.STD);
        assertTrue(record(deposit, ProductionEvent.ERROR));
        DepositedDocument letter = deposit.documents().get(0);
        assertEquals(DocumentStatus.ERROR, letter.status());
        assertNotNull(letter.statusMessage());
        assertFalse(letter.status().billable());
        assertThrows(ProductionEventRefusedException.class, () -> record(deposit, ProductionEvent.HANDED_OVER));
        assertThrows(ProductionEventRefusedException.class, () -> record(deposit, ProductionEvent.PRINTED));
    }

    @Test
    void registeredMailIsFollowedUntilDelivered() {
        Deposit deposit = inProduction(SendingType.LRAR);
        assertThrows(ProductionEventRefusedException.class, () -> record(deposit, ProductionEvent.DELIVERED),
                "not handed to La Poste yet");
        record(deposit, ProductionEvent.HANDED_OVER);
        assertNull(deposit.contentExpiresAt(), "registered mail is not final once shipped");
        assertTrue(record(deposit, ProductionEvent.OUT_FOR_DELIVERY));
        assertTrue(record(deposit, ProductionEvent.REFUSED));
        assertEquals(DocumentStatus.REFUSED, deposit.documents().get(0).status());
        assertEquals(StatusSource.POSTAL_SERVICE, deposit.documents().get(0).history().get(
                deposit.documents().get(0).history().size() - 1).source());
        assertFalse(record(deposit, ProductionEvent.OUT_FOR_DELIVERY), "stale");
        assertThrows(ProductionEventRefusedException.class, () -> record(deposit, ProductionEvent.DELIVERED),
                "a refused letter is not delivered afterwards");
        assertEquals(EXPIRY, deposit.contentExpiresAt());
    }

    @Test
    void simpleMailHasNoDeliveryEvents() {
        Deposit deposit = inProduction(SendingType.STD);
        record(deposit, ProductionEvent.HANDED_OVER);
        assertThrows(ProductionEventRefusedException.class, () -> record(deposit, ProductionEvent.DELIVERED));
    }

    @Test
    void onlyAPendingProductionLetterJoinsALot() {
        Deposit deposit = inProduction(SendingType.STD);
        assertThrows(IllegalStateException.class, () -> deposit.sendToPrint(0, 8, "LOT-20260302-0008", 1, LATER));
        assertThrows(DocumentNotDeletableException.class, () -> deposit.deleteDocument(0, LATER, EXPIRY),
                "a letter in production can no longer be deleted");
        Deposit sandbox = analysed(ServiceEnvironment.SANDBOX, SendingType.STD);
        assertThrows(IllegalStateException.class, () -> sandbox.sendToPrint(0, 7, "LOT-20260302-0007", 1, CUTOFF));
    }

    @Test
    void anElectronicRegisteredLetterNeverJoinsAPrintLot() {
        Deposit lre = analysed(ServiceEnvironment.PRODUCTION, SendingType.LRE);
        assertThrows(IllegalStateException.class, () -> lre.sendToPrint(0, 7, "LOT-20260302-0007", 1, CUTOFF));
        assertEquals(DocumentStatus.PENDING, lre.documents().get(0).status(), "it waits for its electronic delivery");
        assertNull(lre.documents().get(0).printLotId());
    }

    @Test
    void theSandboxSimulatesAnElectronicLetterWithoutShippingIt() {
        Deposit lre = analysed(ServiceEnvironment.SANDBOX, SendingType.LRE);
        List<DocumentStatus> steps = new ArrayList<>();
        Instant at = RECEIVED.plusSeconds(5);
        for (int step = 0; step < 5; step++) {
            at = at.plusSeconds(60);
            lre.simulateProduction(at, Duration.ofSeconds(60), EXPIRY);
            steps.add(lre.documents().get(0).status());
        }
        assertEquals(List.of(DocumentStatus.IN_PRODUCTION, DocumentStatus.OUT_FOR_DELIVERY, DocumentStatus.DELIVERED,
                DocumentStatus.DELIVERED, DocumentStatus.DELIVERED), steps, "no \"Expédié\" for an e-mailed letter");
        assertTrue(lre.documents().get(0).history().stream()
                .noneMatch(change -> change.status() == DocumentStatus.SHIPPED));
        assertTrue(lre.documents().get(0).history().stream().skip(1)
                .allMatch(change -> change.source() == StatusSource.SIMULATION));

        Deposit lrar = analysed(ServiceEnvironment.SANDBOX, SendingType.LRAR);
        for (int step = 1; step <= 3; step++) {
            lrar.simulateProduction(RECEIVED.plusSeconds(5 + 60L * step), Duration.ofSeconds(60), EXPIRY);
        }
        assertEquals(List.of(DocumentStatus.PENDING, DocumentStatus.IN_PRODUCTION, DocumentStatus.SHIPPED,
                DocumentStatus.DELIVERED), lrar.documents().get(0).history().stream().map(
                        DocumentStatusChange::status).toList(), "a paper registered letter is still shipped");
    }

    private static boolean record(Deposit deposit, ProductionEvent event) {
        return record(deposit, event, LATER);
    }

    private static boolean record(Deposit deposit, ProductionEvent event, Instant at) {
        String reason = event == ProductionEvent.DELIVERY_FAILED ? "Adresse incomplète" : null;
        String slip = event == ProductionEvent.HANDED_OVER ? SLIP : null;
        return record(deposit, event, new DeliveryReport(at, reason, slip, DeliveryReport.DEFAULT_HOLDING));
    }

    private static boolean record(Deposit deposit, ProductionEvent event, DeliveryReport report) {
        StatusSource source = event.delivery() ? StatusSource.POSTAL_SERVICE : StatusSource.PRINT_CENTRE;
        return deposit.recordProductionEvent(0, event, report, source, EXPIRY);
    }

    private static Deposit inProduction(SendingType sendingType) {
        Deposit deposit = analysed(ServiceEnvironment.PRODUCTION, sendingType);
        deposit.sendToPrint(0, 7, "LOT-20260302-0007", 3, CUTOFF);
        return deposit;
    }

    private static Deposit analysed(ServiceEnvironment environment, SendingType sendingType) {
        Partner partner = new Partner("demo", "Demo", "11000000000001", RECEIVED);
        Deposit deposit = Deposit.receive(TechnicalReference.generate("a.pdf", RECEIVED, "agent"), partner,
                environment, new DepositOptions("a.pdf", null, Paper.DUPLEX, sendingType, null),
                new StoredContent("2026/03/02/x.pdf", 10, "0".repeat(64)), RECEIVED);
        deposit.completeAnalysis(List.of(DocumentAnalysis.accepted("A1", 2)), RECEIVED.plusSeconds(5), EXPIRY);
        return deposit;
    }
}
