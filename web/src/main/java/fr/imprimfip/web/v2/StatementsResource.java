package fr.imprimfip.web.v2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.billing.Price;
import fr.imprimfip.billing.Statement;
import fr.imprimfip.billing.StatementFormat;
import fr.imprimfip.billing.StatementNotFoundException;
import fr.imprimfip.shared.ServiceEnvironment;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.security.CallingPartner;

/**
 * The calling partner's issued statements (never the drafts, never another partner's): the list, and each as JSON,
 * PDF ({@code Accept: application/pdf}), CSV ({@code Accept: text/csv}) or Factur-X ({@code /factur-x}, a PDF/A-3
 * with its EN 16931 invoice embedded, as Chorus Pro takes it).
 */
@Path(StatementsResource.PATH)
@RequestScoped
public class StatementsResource {

    static final String PATH = "/api/v2/statements";

    /** An issued statement as its partner reads it. */
    public record StatementSummary(long id, String number, int year, Instant issuedAt, long plis, String postage,
                                   String production, String total, String currency, String href, String pdf,
                                   String csv, String facturX) {
        static StatementSummary of(Statement statement) {
            String self = PATH + "/" + statement.id();
            return new StatementSummary(statement.id(), statement.number().orElse(null), statement.year(),
                    statement.issuedAt(), statement.plis(), euros(statement.postageAmount()),
                    euros(statement.productionAmount()), euros(statement.totalAmount()), Price.CURRENCY, self, self,
                    self, self + "/factur-x");
        }
    }

    @Inject
    CallingPartner caller;

    @Inject
    BillingService billing;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<StatementSummary> statements() {
        if (!billedEnvironment()) {
            return List.of();
        }
        return billing.issuedStatementsOf(caller.id()).stream().map(StatementSummary::of).toList();
    }

    @GET
    @Path("/{id:\\d+}")
    @Produces(MediaType.APPLICATION_JSON)
    public StatementSummary statement(@PathParam("id") long id) {
        requireBilledEnvironment(id);
        return StatementSummary.of(billing.issuedStatementOf(caller.id(), id));
    }

    @GET
    @Path("/{id:\\d+}")
    @Produces("application/pdf;qs=0.5")
    public Response pdf(@PathParam("id") long id) {
        return download(id, StatementFormat.PDF);
    }

    @GET
    @Path("/{id:\\d+}")
    @Produces("text/csv;qs=0.5")
    public Response csv(@PathParam("id") long id) {
        return download(id, StatementFormat.CSV);
    }

    @GET
    @Path("/{id:\\d+}/factur-x")
    @Produces("application/pdf")
    public Response facturX(@PathParam("id") long id) {
        return download(id, StatementFormat.FACTUR_X);
    }

    private Response download(long id, StatementFormat format) {
        requireBilledEnvironment(id);
        BillingService.Document document = billing.issuedDocument(caller.id(), id, format);
        AuditNotes.target(request, "statements/" + id + "/" + format.name().toLowerCase(Locale.ROOT));
        return Attachments.of(document.content(), format.mediaType(), document.fileName())
                .header("Content-Length", document.content().length).build();
    }

    private static String euros(BigDecimal amount) {
        return amount.toPlainString();
    }

    /** Only production is billed: a sandbox credential sees no statement, as it sees no production deposit. */
    private boolean billedEnvironment() {
        return caller.environment() == ServiceEnvironment.PRODUCTION;
    }

    private void requireBilledEnvironment(long id) {
        if (!billedEnvironment()) {
            throw new StatementNotFoundException(id);
        }
    }
}
