package fr.imprimfip.web.admin;

import java.time.Instant;

import fr.imprimfip.deposit.Deposit;

/** What an administrator sees of a deposit. */
public record DepositAdminView(String internalRef, String partnerClientId, String environment, String status,
                               Integer analyzedDocs, Integer rejectedDocs, long sizeBytes, String sha256,
                               Instant receivedAt, Instant analyzedAt, Instant contentExpiresAt,
                               Instant contentPurgedAt, boolean contentStored) {

    static DepositAdminView of(Deposit deposit) {
        return new DepositAdminView(deposit.reference().value(), deposit.partner().clientId(),
                deposit.environment().name(), deposit.status().name(), deposit.analyzedDocs(),
                deposit.rejectedDocs(), deposit.content().sizeBytes(), deposit.content().sha256(),
                deposit.receivedAt(), deposit.analyzedAt(), deposit.contentExpiresAt(), deposit.contentPurgedAt(),
                !deposit.contentPurged());
    }
}
