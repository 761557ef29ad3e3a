package fr.imprimfip.web.v2;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.billing.Consumption;
import fr.imprimfip.billing.Price;
import fr.imprimfip.billing.Prices;
import fr.imprimfip.billing.Statement;
import fr.imprimfip.billing.StatementFigures;
import fr.imprimfip.billing.StatementLine;
import fr.imprimfip.web.requests.RequestFields;
import fr.imprimfip.web.security.CallingPartner;

/**
 * What the calling partner's plis of a year cost, in the environment of its credential, per month and sending type:
 * estimated from the year's tariff until the year's statement is issued, then the statement's own figures.
 */
@Path("/api/v2/consumption")
@RequestScoped
public class ConsumptionResource {

    /** The consumption of a year, its lines (months without plis left out) and totals. */
    public record ConsumptionView(int year, String environment, String basis, String currency, StatementRef statement,
                                  List<LineView> months, TotalsView totals) {
        static ConsumptionView of(Consumption consumption) {
            StatementFigures figures = consumption.figures();
            return new ConsumptionView(figures.year(), consumption.environment().name(),
                    consumption.basis().name(), Price.CURRENCY,
                    consumption.statement() == null ? null : StatementRef.of(consumption.statement()),
                    figures.lines().stream().map(LineView::of).toList(),
                    new TotalsView(figures.plis(), figures.postageAmount().toPlainString(),
                            figures.productionAmount().toPlainString(), figures.total().toPlainString()));
        }
    }

    /** The issued statement the figures are those of. */
    public record StatementRef(long id, String number, String href) {
        static StatementRef of(Statement statement) {
            return new StatementRef(statement.id(), statement.number().orElse(null),
                    StatementsResource.PATH + "/" + statement.id());
        }
    }

    /** One month (1 to 12, Paris time) and sending type. */
    public record LineView(int month, String sendingType, long plis, String postage, String production,
                           String total) {
        static LineView of(StatementLine line) {
            return new LineView(line.month(), line.sendingType().name(), line.plis(),
                    line.postageAmount().toPlainString(), line.productionAmount().toPlainString(),
                    line.total().toPlainString());
        }
    }

    public record TotalsView(long plis, String postage, String production, String total) {
    }

    @Inject
    CallingPartner caller;

    @Inject
    Prices prices;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConsumptionView consumption(@QueryParam("year") Integer year) {
        if (year == null) {
            throw RequestFields.missingParameter("year");
        }
        if (year < 2000 || year > 2999) {
            throw RequestFields.invalid("year va de 2000 à 2999.", "year goes from 2000 to 2999.");
        }
        return ConsumptionView.of(prices.consumption(caller.id(), caller.environment(), year));
    }
}
