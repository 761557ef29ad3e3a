package fr.imprimfip.web.editique;

import java.time.Instant;

import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.web.editique.requests.ProductionReportRequest;
import fr.imprimfip.web.requests.RequestFields;

/** A report of the print centre, read from its {@link ProductionReportRequest}. */
record ProductionReport(ProductionEvent event, Instant occurredAt, String message) {

    private static final int MAX_MESSAGE = 500;

    static ProductionReport of(ProductionReportRequest body) {
        ProductionEvent event = RequestFields.enumValue(ProductionEvent.class, body.event(), "event");
        if (body.message() != null && body.message().length() > MAX_MESSAGE) {
            throw RequestFields.invalid("message fait au plus " + MAX_MESSAGE + " caractères.",
                    "message is at most " + MAX_MESSAGE + " characters long.");
        }
        return new ProductionReport(event, RequestFields.instant(body.occurredAt(), "occurredAt"), body.message());
    }
}
