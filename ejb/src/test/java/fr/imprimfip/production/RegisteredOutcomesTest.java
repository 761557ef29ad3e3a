package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.imprimfip.deposit.DocumentStatus;

class RegisteredOutcomesTest {

    @Test
    void everyStatusCountsWhereItStandsAndRejectedLettersAreNotAccepted() {
        Map<DocumentStatus, Long> statuses = new EnumMap<>(DocumentStatus.class);
        statuses.put(DocumentStatus.PENDING, 1L);
        statuses.put(DocumentStatus.IN_PRODUCTION, 2L);
        statuses.put(DocumentStatus.SHIPPED, 3L);
        statuses.put(DocumentStatus.OUT_FOR_DELIVERY, 4L);
        statuses.put(DocumentStatus.DELIVERED, 5L);
        statuses.put(DocumentStatus.REFUSED, 6L);
        statuses.put(DocumentStatus.NOT_COLLECTED, 7L);
        statuses.put(DocumentStatus.DELIVERY_FAILED, 8L);
        statuses.put(DocumentStatus.ERROR, 100L);
        statuses.put(DocumentStatus.DELETED, 200L);

        RegisteredOutcomes outcomes = RegisteredOutcomes.of(statuses, 2);

        assertEquals(new RegisteredOutcomes(36, 3, 33, 7, 5, 6, 7, 8, 2), outcomes);
    }

    @Test
    void onlyDeliveredLettersCanLackTheirAcknowledgement() {
        Map<DocumentStatus, Long> statuses = Map.of(DocumentStatus.DELIVERED, 1L, DocumentStatus.REFUSED, 4L);
        assertThrows(IllegalArgumentException.class, () -> RegisteredOutcomes.of(statuses, 2));
        assertThrows(IllegalArgumentException.class, () -> RegisteredOutcomes.of(statuses, -1));
    }

    @Test
    void monthsAddUpToTheYear() {
        RegisteredOutcomes january = RegisteredOutcomes.of(Map.of(DocumentStatus.DELIVERED, 2L), 1);
        RegisteredOutcomes march = RegisteredOutcomes.of(Map.of(DocumentStatus.DELIVERY_FAILED, 3L), 0);

        RegisteredOutcomes year = RegisteredOutcomes.NONE.plus(january).plus(march);

        assertEquals(5, year.accepted());
        assertEquals(5, year.sent());
        assertEquals(2, year.delivered());
        assertEquals(3, year.failed());
        assertEquals(1, year.acknowledgementsMissing());
    }
}
