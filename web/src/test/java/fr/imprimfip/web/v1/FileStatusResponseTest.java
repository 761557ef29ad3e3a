package fr.imprimfip.web.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.imprimfip.deposit.DepositStatusReader.DepositStatus;
import fr.imprimfip.deposit.DepositStatusReader.DocumentState;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.FileStatus;

class FileStatusResponseTest {

    private static final Instant ANALYSED = Instant.parse("2026-03-02T09:00:05Z");

    @Test
    void anElectronicLettersDeliveryStatusesAreTheContractsLabelsWithTheirDate() {
        Map<DocumentStatus, String> labels = Map.of(
                DocumentStatus.OUT_FOR_DELIVERY, "Mis en distribution",
                DocumentStatus.DELIVERED, "Distribué",
                DocumentStatus.REFUSED, "Refusé",
                DocumentStatus.NOT_COLLECTED, "Négligé",
                DocumentStatus.DELIVERY_FAILED, "Echec de distribution");
        // 15:30 UTC in March is 16:30 in Paris (+01:00); in July, 17:30 (+02:00)
        Instant winter = Instant.parse("2026-03-10T15:30:00Z");
        Instant summer = Instant.parse("2026-07-10T15:30:00Z");
        labels.forEach((status, label) -> {
            FileStatusResponse.DocStatus doc = single(status, winter, null);
            assertEquals(label, doc.status());
            assertEquals("2026-03-10T16:30:00+01:00", doc.date(), "the date of that status, as the contract writes it");
            assertEquals("REF-1", doc.reference());
            assertNull(doc.message());
        });
        assertEquals("2026-07-10T17:30:00+02:00", single(DocumentStatus.DELIVERED, summer, null).date());
        assertEquals("Adresse électronique inexistante", single(DocumentStatus.DELIVERY_FAILED, winter,
                "Adresse électronique inexistante").message(), "why a delivery failed, when told");
    }

    private static FileStatusResponse.DocStatus single(DocumentStatus status, Instant at, String message) {
        DepositStatus deposit = new DepositStatus("lre.pdf", "lre_03022026100000@agent.pdf", ANALYSED, 1, 0,
                FileStatus.SUBMITTED, null, List.of(new DocumentState("REF-1", at, status, message)));
        FileStatusResponse response = FileStatusResponse.of(deposit, null);
        assertEquals("Soumis", response.fileStatus().status());
        return response.docStatus().get(0);
    }
}
