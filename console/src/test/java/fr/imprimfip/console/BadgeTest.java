package fr.imprimfip.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;

import fr.imprimfip.billing.StatementStatus;
import fr.imprimfip.partner.PartnerStatus;

class BadgeTest {

    @Test
    void everyStatusHasAFrenchLabelAndAColour() {
        for (PartnerStatus status : PartnerStatus.values()) {
            assertFalse(Badge.of(status).css().isEmpty(), status.name());
        }
        for (StatementStatus status : StatementStatus.values()) {
            assertFalse(Badge.of(status).css().isEmpty(), status.name());
        }
        Arrays.stream(BatchStatus.values()).forEach(status ->
                assertFalse(Badge.ofRun(status.name()).css().isEmpty(), status.name()));
    }

    @Test
    void labelsAreFrench() {
        assertEquals("En préavis de résiliation", Badge.of(PartnerStatus.UNDER_TERMINATION_NOTICE).label());
        assertEquals("Brouillon", Badge.of(StatementStatus.DRAFT).label());
        assertEquals("En échec", Badge.ofRun("FAILED").label());
    }
}
