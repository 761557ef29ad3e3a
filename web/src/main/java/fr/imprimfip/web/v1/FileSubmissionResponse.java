package fr.imprimfip.web.v1;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.shared.BusinessCalendar;

/** The contract's {@code FileSubmissionResponse}. */
@JsonbPropertyOrder({"filename", "internalRef", "fileSize", "sendingType", "withAnnexes", "withPerforatedPaper",
        "withReturnEnv", "onBehalfOf", "submissionStatus"})
public record FileSubmissionResponse(String filename, String internalRef, BigDecimal fileSize, String sendingType,
                                     String withAnnexes, String withPerforatedPaper, String withReturnEnv,
                                     String onBehalfOf, SubmissionStatus submissionStatus) {

    /** The contract's {@code FileSubmissionStatus}. */
    @JsonbPropertyOrder({"date", "status", "message"})
    public record SubmissionStatus(String date, String status, String message) {
    }

    static FileSubmissionResponse received(Deposit deposit) {
        return new FileSubmissionResponse(deposit.filename(), deposit.reference().value(),
                BigDecimal.valueOf(deposit.content().sizeBytes()).divide(BigDecimal.valueOf(1024), 2,
                        RoundingMode.HALF_UP),
                deposit.sendingType().label(), yesNo(deposit.withAnnexes()), yesNo(deposit.paper().perforated()),
                yesNo(deposit.paper().withReturnEnvelope()), deposit.onBehalfOf(),
                new SubmissionStatus(BusinessCalendar.v1Format(deposit.receivedAt()), "Reçu", ""));
    }

    private static String yesNo(boolean value) {
        return value ? "Oui" : "Non";
    }
}
