package fr.imprimfip.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.deposit.DepositService;
import fr.imprimfip.lre.ElectronicLetters;
import fr.imprimfip.lre.LetterFacts;
import fr.imprimfip.lre.LetterState;
import fr.imprimfip.web.requests.RequestFields;

/**
 * Electronic registered letters for administrators: those in a state ({@code ?state=}, UNDELIVERABLE by default:
 * the notifications that could not be delivered) or those of a deposit ({@code ?deposit=}), addresses masked; and
 * {@code POST /{id}/bounce}, by which the relay's operator reports a bounce that came back after the relay accepted
 * the notification.
 */
@Path("/admin/electronic-letters")
@RequestScoped
public class ElectronicLettersResource {

    /** A bounce report: what the relay's delivery status notification says (masked if it quotes an address). */
    public record BounceReport(String reason) {
    }

    @Inject
    ElectronicLetters letters;

    @Inject
    DepositService deposits;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LetterFacts> list(@QueryParam("state") String state, @QueryParam("deposit") String deposit) {
        if (deposit != null) {
            return letters.ofDeposit(deposits.byReference(deposit).id());
        }
        return letters.inState(state == null ? LetterState.UNDELIVERABLE
                : RequestFields.enumValue(LetterState.class, state, "state"), 500);
    }

    @POST
    @Path("/{id}/bounce")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LetterFacts bounce(@PathParam("id") long id, BounceReport report) {
        return letters.bounce(id, report == null ? null : report.reason());
    }
}
