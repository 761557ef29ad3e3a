package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * A registered letter's way once handed to La Poste: every event from every status, idempotency, order, the
 * holding period before "Négligé", and the scanned acknowledgement of receipt.
 */
class RegisteredDeliveryTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant CUTOFF = RECEIVED.plusSeconds(3_600);
    private static final Instant EXPIRY = RECEIVED.plus(Duration.ofDays(400));
    private static final Duration HOLDING = Duration.ofDays(15);
    private static final String SLIP = "BD-2026-000123";

    private enum Result { CHANGED, SAME, REFUSED }

    private static final Result C = Result.CHANGED;
    private static final Result S = Result.SAME;
    private static final Result R = Result.REFUSED;

    /** Columns in the order of {@link ProductionEvent}: PRINTED ENVELOPED HANDED_OVER ERROR OUT_FOR_DELIVERY DELIVERED REFUSED NOT_COLLECTED DELIVERY_FAILED. */
    private static final Map<DocumentStatus, List<Result>> EXPECTED = Map.of(
            DocumentStatus.IN_PRODUCTION, List.of(C, C, C, C, R, R, R, R, R),
            DocumentStatus.SHIPPED, List.of(S, S, S, R, C, C, C, R, C),
            DocumentStatus.OUT_FOR_DELIVERY, List.of(S, S, S, R, S, C, C, C, C),
            DocumentStatus.DELIVERED, List.of(S, S, S, R, S, S, R, R, R),
            DocumentStatus.REFUSED, List.of(S, S, S, R, S, R, S, R, R),
            DocumentStatus.NOT_COLLECTED, List.of(S, S, S, R, S, R, R, S, R),
            DocumentStatus.DELIVERY_FAILED, List.of(S, S, S, R, S, R, R, R, S),
            DocumentStatus.ERROR, List.of(R, R, R, S, R, R, R, R, R));

    @Test
    void everyEventFromEveryStatus() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((status, results) -> {
            for (ProductionEvent event : ProductionEvent.values()) {
                Deposit deposit = letterIn(status);
                DepositedDocument letter = deposit.documents().get(0);
                int history = letter.history().size();
                Instant at = letter.statusAt().plus(HOLDING).plusSeconds(60);
                Result result;
                try {
                    result = record(deposit, event, at) ? Result.CHANGED : Result.SAME;
                } catch (ProductionEventRefusedException e) {
                    result = Result.REFUSED;
                    assertEquals(status, letter.status(), "a refused event changes nothing");
                }
                if (result != Result.CHANGED) {
                    assertEquals(history, letter.history().size());
                }
                Result expected = results.get(event.ordinal());
                if (result != expected) {
                    wrong.add(status + " + " + event + ": " + result + " instead of " + expected);
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        for (ProductionEvent event : List.of(ProductionEvent.OUT_FOR_DELIVERY, ProductionEvent.DELIVERED,
                ProductionEvent.REFUSED, ProductionEvent.DELIVERY_FAILED)) {
            Deposit deposit = letterIn(DocumentStatus.SHIPPED);
            Instant at = deposit.documents().get(0).statusAt().plusSeconds(60);
            assertTrue(record(deposit, event, at));
            int history = deposit.documents().get(0).history().size();
            assertFalse(record(deposit, event, at), event + " sent twice");
            assertFalse(record(deposit, event, at.plusSeconds(60)), event + " sent again later");
            assertEquals(history, deposit.documents().get(0).history().size());
        }
    }

    @Test
    void anEventDatedBeforeTheLettersLastOneIsRefused() {
        Deposit deposit = letterIn(DocumentStatus.OUT_FOR_DELIVERY);
        DepositedDocument letter = deposit.documents().get(0);
        Instant last = letter.statusAt();
        ProductionEventRefusedException refused = assertThrows(ProductionEventRefusedException.class,
                () -> record(deposit, ProductionEvent.DELIVERED, last.minusSeconds(1)));
        assertTrue(refused.text().english().contains("dated before"), refused.text().english());
        assertTrue(refused.text().french().contains("daté d'avant"), refused.text().french());
        assertTrue(record(deposit, ProductionEvent.DELIVERED, last), "the same instant is in order");
        Deposit printed = letterIn(DocumentStatus.IN_PRODUCTION);
        record(printed, ProductionEvent.PRINTED, CUTOFF.plusSeconds(600));
        assertThrows(ProductionEventRefusedException.class,
                () -> record(printed, ProductionEvent.HANDED_OVER, CUTOFF.plusSeconds(300)));
    }

    @Test
    void negligeOnlyAfterTheHoldingPeriodFromTheFirstPresentation() {
        Deposit deposit = letterIn(DocumentStatus.OUT_FOR_DELIVERY);
        DepositedDocument letter = deposit.documents().get(0);
        Instant presented = letter.firstPresentation();
        ProductionEventRefusedException early = assertThrows(ProductionEventRefusedException.class,
                () -> record(deposit, ProductionEvent.NOT_COLLECTED, presented.plus(HOLDING).minusSeconds(1)));
        assertTrue(early.text().french().contains("15 jours"), early.text().french());
        assertEquals(DocumentStatus.OUT_FOR_DELIVERY, letter.status());
        assertTrue(record(deposit, ProductionEvent.NOT_COLLECTED, presented.plus(HOLDING)));
        assertEquals(DocumentStatus.NOT_COLLECTED, letter.status());

        Deposit configured = letterIn(DocumentStatus.OUT_FOR_DELIVERY);
        Instant firstShown = configured.documents().get(0).firstPresentation();
        assertTrue(record(configured, ProductionEvent.NOT_COLLECTED, new DeliveryReport(firstShown.plus(
                Duration.ofDays(8)), null, null, Duration.ofDays(8))), "the holding period is configurable");

        Deposit neverPresented = letterIn(DocumentStatus.SHIPPED);
        assertThrows(ProductionEventRefusedException.class, () -> record(neverPresented,
                ProductionEvent.NOT_COLLECTED, neverPresented.documents().get(0).statusAt().plus(Duration.ofDays(30))));
    }

    @Test
    void anLrarHandOverNeedsItsDepositSlip() {
        Deposit deposit = letterIn(DocumentStatus.IN_PRODUCTION);
        Instant at = CUTOFF.plusSeconds(60);
        assertThrows(InvalidInputException.class, () -> record(deposit, ProductionEvent.HANDED_OVER,
                new DeliveryReport(at, null, null, HOLDING)));
        assertThrows(InvalidInputException.class, () -> new DeliveryReport(at, null, "<script>", HOLDING));
        assertThrows(InvalidInputException.class, () -> new DeliveryReport(at, null, "X".repeat(41), HOLDING));
        assertTrue(record(deposit, ProductionEvent.HANDED_OVER, at));
        assertEquals(SLIP, deposit.documents().get(0).depositSlip());
        assertFalse(record(deposit, ProductionEvent.HANDED_OVER, new DeliveryReport(at, null, SLIP, HOLDING)));
        assertThrows(ProductionEventRefusedException.class, () -> record(deposit, ProductionEvent.HANDED_OVER,
                new DeliveryReport(at, null, "BD-OTHER", HOLDING)), "handed over with another slip");

        Deposit standard = inProduction(SendingType.STD);
        assertTrue(standard.recordProductionEvent(0, ProductionEvent.HANDED_OVER, new DeliveryReport(at, null, null,
                HOLDING), StatusSource.PRINT_CENTRE, EXPIRY), "the slip is required for LRAR letters only");
    }

    @Test
    void aFailedDeliveryNeedsItsReason() {
        Deposit deposit = letterIn(DocumentStatus.SHIPPED);
        Instant at = deposit.documents().get(0).statusAt().plusSeconds(60);
        assertThrows(InvalidInputException.class, () -> record(deposit, ProductionEvent.DELIVERY_FAILED,
                new DeliveryReport(at, "  ", null, HOLDING)));
        assertTrue(record(deposit, ProductionEvent.DELIVERY_FAILED,
                new DeliveryReport(at, "Destinataire inconnu", null, HOLDING)));
        assertEquals("Destinataire inconnu", deposit.documents().get(0).statusMessage());
    }

    @Test
    void theAcknowledgementComesBackForADeliveredLrarLetterOnce() {
        StoredContent scan = new StoredContent("2026/03/20/ar.bin", 1200, "a".repeat(64));
        StoredContent other = new StoredContent("2026/03/20/ar2.bin", 1300, "b".repeat(64));
        Instant now = RECEIVED.plus(Duration.ofDays(20));
        for (DocumentStatus status : List.of(DocumentStatus.SHIPPED, DocumentStatus.OUT_FOR_DELIVERY,
                DocumentStatus.REFUSED, DocumentStatus.NOT_COLLECTED, DocumentStatus.DELIVERY_FAILED)) {
            Deposit deposit = letterIn(status);
            assertThrows(ProductionEventRefusedException.class,
                    () -> deposit.receiveAcknowledgement(0, scan, "application/pdf", now), status.name());
            assertNull(deposit.documents().get(0).acknowledgement());
        }
        Deposit deposit = letterIn(DocumentStatus.DELIVERED);
        assertTrue(deposit.receiveAcknowledgement(0, scan, "image/png", now));
        assertFalse(deposit.receiveAcknowledgement(0, new StoredContent("2026/03/20/again.bin", 1200,
                "a".repeat(64)), "image/png", now.plusSeconds(60)), "the same scan again");
        assertThrows(ProductionEventRefusedException.class,
                () -> deposit.receiveAcknowledgement(0, other, "image/png", now));
        DepositedDocument letter = deposit.documents().get(0);
        assertEquals("2026/03/20/ar.bin", letter.acknowledgement().storageKey());
        assertEquals("image/png", letter.acknowledgementType());
        assertEquals(now, letter.acknowledgementReceivedAt());

        Deposit lre = analysed(SendingType.LRE);
        assertThrows(ProductionEventRefusedException.class,
                () -> lre.receiveAcknowledgement(0, scan, "application/pdf", now), "no AR for LRE");
    }

    /** An LRAR letter brought to {@code status}, each event an hour after the previous one. */
    static Deposit letterIn(DocumentStatus status) {
        Deposit deposit = inProduction(SendingType.LRAR);
        Instant at = CUTOFF.plusSeconds(3_600);
        if (status == DocumentStatus.IN_PRODUCTION) {
            return deposit;
        }
        if (status == DocumentStatus.ERROR) {
            record(deposit, ProductionEvent.ERROR, at);
            return deposit;
        }
        record(deposit, ProductionEvent.HANDED_OVER, at);
        if (status == DocumentStatus.SHIPPED) {
            return deposit;
        }
        at = at.plusSeconds(3_600);
        if (status == DocumentStatus.DELIVERY_FAILED) {
            record(deposit, ProductionEvent.DELIVERY_FAILED, at);
            return deposit;
        }
        record(deposit, ProductionEvent.OUT_FOR_DELIVERY, at);
        switch (status) {
            case DELIVERED -> record(deposit, ProductionEvent.DELIVERED, at.plusSeconds(3_600));
            case REFUSED -> record(deposit, ProductionEvent.REFUSED, at.plusSeconds(3_600));
            case NOT_COLLECTED -> record(deposit, ProductionEvent.NOT_COLLECTED, at.plus(HOLDING));
            default -> {
                // out for delivery
            }
        }
        assertEquals(status, deposit.documents().get(0).status());
        return deposit;
    }

    private static boolean record(Deposit deposit, ProductionEvent event, Instant at) {
        String reason = event == ProductionEvent.DELIVERY_FAILED ? "Adresse incomplète" : null;
        String slip = event == ProductionEvent.HANDED_OVER ? SLIP : null;
        return record(deposit, event, new DeliveryReport(at, reason, slip, HOLDING));
    }

    private static boolean record(Deposit deposit, ProductionEvent event, DeliveryReport report) {
        StatusSource source = event.delivery() ? StatusSource.POSTAL_SERVICE : StatusSource.PRINT_CENTRE;
        return deposit.recordProductionEvent(0, event, report, source, EXPIRY);
    }

    private static Deposit inProduction(SendingType sendingType) {
        Deposit deposit = analysed(sendingType);
        deposit.sendToPrint(0, 7, "LOT-20260302-0007", 3, CUTOFF);
        return deposit;
    }

    static Deposit analysed(SendingType sendingType) {
        Partner partner = new Partner("demo", "Demo", "11000000000001", RECEIVED);
        Deposit deposit = Deposit.receive(TechnicalReference.generate("a.pdf", RECEIVED, "agent"), partner,
                ServiceEnvironment.PRODUCTION, new DepositOptions("a.pdf", null, Paper.DUPLEX, sendingType, null),
                new StoredContent("2026/03/02/x.pdf", 10, "0".repeat(64)), RECEIVED);
        deposit.completeAnalysis(List.of(DocumentAnalysis.accepted("A1", 2)), RECEIVED.plusSeconds(5), EXPIRY);
        return deposit;
    }
}
