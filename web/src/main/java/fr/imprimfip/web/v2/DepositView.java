package fr.imprimfip.web.v2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.imprimfip.billing.YearPrices;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.DocumentStatusChange;
import fr.imprimfip.deposit.ProductionStep;
import fr.imprimfip.production.RegisteredProofs;

/**
 * A deposit as its owner follows it: status, and each document with its postal facts, price and status timeline;
 * once analysed, the cost of its plis ({@code cost}, none without a tariff for the year).
 */
public record DepositView(String reference, String filename, Instant receivedAt, String status, String statusLabel,
                          String message, Instant analyzedAt, Integer analyzedDocuments, Integer rejectedDocuments,
                          String paper, String sendingType, Map<String, String> metadata, PriceView cost,
                          List<Document> documents) {

    /**
     * One document (letter) of the file; a registered letter also has its number and the proofs it has. Its price
     * is that of one pli of the deposit; none for a document deleted or rejected (not billed).
     */
    public record Document(int position, String businessRef, String status, String statusLabel, String message,
                           int firstPage, int pages, int sheets, int weightGrams, String envelope, String postageClass,
                           String registeredNumber, PriceView price, List<Change> timeline, List<Proof> proofs) {
        static Document of(Deposit deposit, DepositedDocument document, boolean withTimeline, PriceView pliPrice) {
            boolean registered = deposit.sendingType().registered();
            return new Document(document.position(), document.businessRef(), document.status().name(),
                    document.status().label(), document.statusMessage(), document.firstPage(), document.pageCount(),
                    document.sheets(), document.weightGrams(), document.envelope(), document.postageClass(),
                    document.registeredNumber(), document.status().billable() ? pliPrice : null,
                    withTimeline ? document.history().stream().map(c -> Change.of(deposit, document, c)).toList()
                            : null,
                    withTimeline && registered ? Proof.of(deposit, document) : null);
        }
    }

    /**
     * One status change of a document; for a registered letter, what La Poste's report rests on: the deposit slip
     * of its hand-over, and on its delivery whether the acknowledgement of receipt came back.
     */
    public record Change(String status, String statusLabel, String productionStep, String productionStepLabel,
                         Instant at, String source, String message, String depositSlip,
                         Instant acknowledgementReceivedAt) {
        static Change of(Deposit deposit, DepositedDocument document, DocumentStatusChange change) {
            ProductionStep step = change.status() == DocumentStatus.IN_PRODUCTION ? change.productionStep() : null;
            boolean registered = deposit.sendingType().registered();
            String slip = registered && change.status() == DocumentStatus.SHIPPED ? document.depositSlip() : null;
            Instant acknowledged = registered && change.status() == DocumentStatus.DELIVERED
                    ? document.acknowledgementReceivedAt() : null;
            return new Change(change.status().name(), change.status().label(), step == null ? null : step.name(),
                    step == null ? null : step.label(), change.changedAt(), change.source().name(), change.message(),
                    slip, acknowledged);
        }
    }

    /** A proof of a registered letter the partner downloads: its kind, where, its type, since when it exists. */
    public record Proof(String kind, String href, String mediaType, Instant since) {

        static List<Proof> of(Deposit deposit, DepositedDocument document) {
            String base = DepositsResource.PATH + "/" + deposit.reference().value() + "/documents/"
                    + document.position();
            List<Proof> proofs = new ArrayList<>();
            Instant handedOver = RegisteredProofs.handedOverAt(document);
            if (handedOver != null) {
                proofs.add(new Proof("PROOF_OF_DEPOSIT", base + "/proof-of-deposit", "application/pdf", handedOver));
            }
            if (document.acknowledgement() != null && !deposit.contentPurged()) {
                proofs.add(new Proof("ACKNOWLEDGEMENT_OF_RECEIPT", base + "/acknowledgement",
                        document.acknowledgementType(), document.acknowledgementReceivedAt()));
            }
            return proofs;
        }
    }

    /** The deposit with its documents, priced with {@code prices} (none: no tariff for the year). */
    static DepositView full(Deposit deposit, Optional<YearPrices> prices) {
        PriceView pliPrice = prices.map(p -> PriceView.of(p.of(deposit.receivedAt(), deposit.sendingType(), 1)))
                .orElse(null);
        long plis = deposit.documents().stream().filter(d -> d.status().billable()).count();
        PriceView cost = deposit.analyzedAt() == null ? null
                : prices.map(p -> PriceView.of(p.of(deposit.receivedAt(), deposit.sendingType(), plis))).orElse(null);
        return of(deposit, cost, deposit.documents().stream().map(d -> Document.of(deposit, d, true, pliPrice))
                .toList());
    }

    static DepositView summary(Deposit deposit) {
        return of(deposit, null, null);
    }

    private static DepositView of(Deposit deposit, PriceView cost, List<Document> documents) {
        return new DepositView(deposit.reference().value(), deposit.filename(), deposit.receivedAt(),
                deposit.status().name(), deposit.status().label(), deposit.statusMessage(), deposit.analyzedAt(),
                deposit.analyzedDocs(), deposit.rejectedDocs(), deposit.paper().name(), deposit.sendingType().name(),
                deposit.metadata(), cost, documents);
    }
}
