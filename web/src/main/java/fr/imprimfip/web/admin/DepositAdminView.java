package fr.imprimfip.web.admin;

import java.time.Instant;
import java.util.List;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositAnnex;
import fr.imprimfip.deposit.DepositedDocument;

/**
 * What an administrator sees of a deposit: never its content nor the addresses in it; for a registered letter with
 * acknowledgement, whether its sealed addresses are still held ({@code registeredAddressesStored}).
 */
public record DepositAdminView(String internalRef, String partnerClientId, String environment, String status,
                               Integer analyzedDocs, Integer rejectedDocs, String storageKey, long sizeBytes,
                               String sha256,
                               Instant receivedAt, Instant analysisStartedAt, Instant analyzedAt,
                               Instant contentExpiresAt,
                               Instant contentPurgedAt, boolean contentStored, boolean registeredAddressesStored,
                               int analysisAttempts,
                               String analyzedBy, List<Letter> documents,
                               List<Annex> annexes) {

    /** One letter with what the print centre needs to envelope and frank it. */
    public record Letter(String businessRef, String status, int firstPage, int pages, int sheets, int weightGrams,
                         String envelope, String postageClass) {
        static Letter of(DepositedDocument document) {
            return new Letter(document.businessRef(), document.status().name(), document.firstPage(),
                    document.pageCount(), document.sheets(), document.weightGrams(), document.envelope(),
                    document.postageClass());
        }
    }

    /** One annex, printed at the end of every letter. */
    public record Annex(String filename, long sizeBytes, Integer pages) {
        static Annex of(DepositAnnex annex) {
            return new Annex(annex.filename(), annex.content().sizeBytes(), annex.pageCount());
        }
    }

    static DepositAdminView of(Deposit deposit) {
        return new DepositAdminView(deposit.reference().value(), deposit.partner().clientId(),
                deposit.environment().name(), deposit.status().name(), deposit.analyzedDocs(),
                deposit.rejectedDocs(), deposit.content().storageKey(), deposit.content().sizeBytes(),
                deposit.content().sha256(),
                deposit.receivedAt(), deposit.analysisStartedAt(), deposit.analyzedAt(), deposit.contentExpiresAt(),
                deposit.contentPurgedAt(),
                !deposit.contentPurged(), deposit.sealedRegisteredAddresses() != null, deposit.analysisAttempts(), deposit.analyzedBy(), deposit.documents().stream().map(Letter::of).toList(),
                deposit.annexes().stream().map(Annex::of).toList());
    }
}
