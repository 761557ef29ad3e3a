package fr.imprimfip.web.v2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.DocumentStatusChange;
import fr.imprimfip.deposit.ProductionStep;
import fr.imprimfip.production.RegisteredProofs;

/** A deposit as its owner follows it: status, and each document with its postal facts and status timeline. */
public record DepositView(String reference, String filename, Instant receivedAt, String status, String statusLabel,
                          String message, Instant analyzedAt, Integer analyzedDocuments, Integer rejectedDocuments,
                          String paper, String sendingType, Map<String, String> metadata, List<Document> documents) {

    /** One document (letter) of the file; a registered letter also has its number and the proofs it has. */
    public record Document(int position, String businessRef, String status, String statusLabel, String message,
                           int firstPage, int pages, int sheets, int weightGrams, String envelope, String postageClass,
                           String registeredNumber, List<Change> timeline, List<Proof> proofs) {
        static Document of(Deposit deposit, DepositedDocument document, boolean withTimeline) {
            boolean registered = deposit.sendingType().registered();
            return new Document(document.position(), document.businessRef(), document.status().name(),
                    document.status().label(), document.statusMessage(), document.firstPage(), document.pageCount(),
                    document.sheets(), document.weightGrams(), document.envelope(), document.postageClass(),
                    document.registeredNumber(),
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

    static DepositView full(Deposit deposit) {
        return of(deposit, deposit.documents().stream().map(d -> Document.of(deposit, d, true)).toList());
    }

    static DepositView summary(Deposit deposit) {
        return of(deposit, null);
    }

    private static DepositView of(Deposit deposit, List<Document> documents) {
        return new DepositView(deposit.reference().value(), deposit.filename(), deposit.receivedAt(),
                deposit.status().name(), deposit.status().label(), deposit.statusMessage(), deposit.analyzedAt(),
                deposit.analyzedDocs(), deposit.rejectedDocs(), deposit.paper().name(), deposit.sendingType().name(),
                deposit.metadata(), documents);
    }
}
