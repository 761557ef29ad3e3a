package fr.imprimfip.web.v2;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.DocumentStatusChange;
import fr.imprimfip.deposit.ProductionStep;

/** A deposit as its owner follows it: status, and each document with its postal facts and status timeline. */
public record DepositView(String reference, String filename, Instant receivedAt, String status, String statusLabel,
                          String message, Instant analyzedAt, Integer analyzedDocuments, Integer rejectedDocuments,
                          String paper, String sendingType, Map<String, String> metadata, List<Document> documents) {

    /** One document (letter) of the file. */
    public record Document(int position, String businessRef, String status, String statusLabel, String message,
                           int firstPage, int pages, int sheets, int weightGrams, String envelope, String postageClass,
                           List<Change> timeline) {
        static Document of(DepositedDocument document, boolean withTimeline) {
            return new Document(document.position(), document.businessRef(), document.status().name(),
                    document.status().label(), document.statusMessage(), document.firstPage(), document.pageCount(),
                    document.sheets(), document.weightGrams(), document.envelope(), document.postageClass(),
                    withTimeline ? document.history().stream().map(Change::of).toList() : null);
        }
    }

    /** One status change of a document. */
    public record Change(String status, String statusLabel, String productionStep, String productionStepLabel,
                         Instant at, String source, String message) {
        static Change of(DocumentStatusChange change) {
            ProductionStep step = change.status() == DocumentStatus.IN_PRODUCTION ? change.productionStep() : null;
            return new Change(change.status().name(), change.status().label(), step == null ? null : step.name(),
                    step == null ? null : step.label(), change.changedAt(), change.source().name(), change.message());
        }
    }

    static DepositView full(Deposit deposit) {
        return of(deposit, deposit.documents().stream().map(d -> Document.of(d, true)).toList());
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
