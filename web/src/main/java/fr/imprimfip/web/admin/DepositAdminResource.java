package fr.imprimfip.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.deposit.DepositService;

/** An administrator's view of one deposit: status and retention state, never its content or addresses. */
@Path("/admin/deposits")
@RequestScoped
public class DepositAdminResource {

    @Inject
    DepositService deposits;

    @GET
    @Path("/{internalRef}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositAdminView deposit(@PathParam("internalRef") String internalRef) {
        return DepositAdminView.of(deposits.byReference(internalRef));
    }
}
