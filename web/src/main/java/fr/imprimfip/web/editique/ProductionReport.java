package fr.imprimfip.web.editique;

import java.time.Instant;

import fr.imprimfip.deposit.DeliveryReport;
import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.production.ProductionFeedback;
import fr.imprimfip.web.editique.requests.ProductionReportRequest;
import fr.imprimfip.web.requests.RequestFields;

/** A report of the print centre, read from its {@link ProductionReportRequest}. */
record ProductionReport(ProductionEvent event, ProductionFeedback.Report report) {

    private static final int MAX_MESSAGE = 500;

    static ProductionReport of(ProductionReportRequest body) {
        ProductionEvent event = RequestFields.enumValue(ProductionEvent.class, body.event(), "event");
        if (body.message() != null && body.message().length() > MAX_MESSAGE) {
            throw RequestFields.invalid("message fait au plus " + MAX_MESSAGE + " caractères.",
                    "message is at most " + MAX_MESSAGE + " characters long.");
        }
        if (body.depositSlip() != null && body.depositSlip().length() > DeliveryReport.MAX_SLIP) {
            throw RequestFields.invalid("depositSlip fait au plus " + DeliveryReport.MAX_SLIP + " caractères.",
                    "depositSlip is at most " + DeliveryReport.MAX_SLIP + " characters long.");
        }
        return new ProductionReport(event, new ProductionFeedback.Report(
                RequestFields.instant(body.occurredAt(), "occurredAt"), body.message(), body.depositSlip()));
    }
}
