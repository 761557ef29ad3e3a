package fr.imprimfip.web.v1;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import fr.imprimfip.deposit.DepositStatusReader;
import fr.imprimfip.shared.BusinessCalendar;

/** The contract's {@code FileStatusResponse}: the file's status and, once analysed, each document's status. */
@JsonbPropertyOrder({"filename", "internalRef", "fileStatus", "docStatus"})
public record FileStatusResponse(String filename, String internalRef, FileStatus fileStatus,
                                 List<DocStatus> docStatus) {

    /** The contract's {@code FileStatus}. */
    @JsonbPropertyOrder({"analyzeTime", "analyzedDoc", "rejectedDoc", "status", "message"})
    public record FileStatus(String analyzeTime, Integer analyzedDoc, Integer rejectedDoc, String status,
                             String message) {
    }

    /** The contract's {@code DocStatus}. */
    @JsonbPropertyOrder({"reference", "date", "status", "message"})
    public record DocStatus(String reference, String date, String status, String message) {
    }

    /** The status of a deposit, its documents restricted to {@code businessRef} when one is given. */
    static FileStatusResponse of(DepositStatusReader.DepositStatus deposit, String businessRef) {
        FileStatus fileStatus = new FileStatus(BusinessCalendar.v1Format(deposit.analyzedAt()),
                deposit.analyzedDocs(), deposit.rejectedDocs(), deposit.status().label(), deposit.statusMessage());
        List<DocStatus> documents = null;
        if (deposit.status().analysed()) {
            documents = deposit.documents().stream()
                    .filter(doc -> businessRef == null || doc.businessRef().equals(businessRef))
                    .map(doc -> new DocStatus(doc.businessRef(), BusinessCalendar.v1Format(doc.statusAt()),
                            doc.status().label(), doc.statusMessage()))
                    .toList();
        }
        return new FileStatusResponse(deposit.filename(), deposit.internalRef(), fileStatus, documents);
    }
}
