package fr.imprimfip.web.v2;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositAnnex;

/** What the platform received: immutable, so a replayed request gets exactly the first answer. */
public record DepositReceipt(String reference, String filename, long sizeBytes, String sha256, Instant receivedAt,
                             String environment, String paper, String sendingType, String onBehalfOf,
                             List<String> annexes, Map<String, String> metadata, String self) {

    static DepositReceipt of(Deposit deposit) {
        return new DepositReceipt(deposit.reference().value(), deposit.filename(), deposit.content().sizeBytes(),
                deposit.content().sha256(), deposit.receivedAt(), deposit.environment().name(), deposit.paper().name(),
                deposit.sendingType().name(), deposit.onBehalfOf(),
                deposit.annexes().stream().map(DepositAnnex::filename).toList(), deposit.metadata(),
                DepositsResource.PATH + "/" + deposit.reference().value());
    }
}
