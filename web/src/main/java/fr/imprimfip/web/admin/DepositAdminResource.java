package fr.imprimfip.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    @Inject
    Clock clock;

    @GET
    @Path("/{internalRef}")
    @Produces(MediaType.APPLICATION_JSON)
    public DepositAdminView deposit(@PathParam("internalRef") String internalRef) {
        return DepositAdminView.of(deposits.byReference(internalRef));
    }

    /** Decrypts and authenticates the stored file and annexes, and compares their digests with those recorded. */
    @POST
    @Path("/{internalRef}/integrity-check")
    @Produces(MediaType.APPLICATION_JSON)
    public IntegrityCheck integrityCheck(@PathParam("internalRef") String internalRef) throws IOException {
        Optional<Boolean> intact = deposits.contentIntact(internalRef);
        return new IntegrityCheck(internalRef, intact.isPresent(), intact.orElse(null), clock.instant());
    }

    /** The outcome of an integrity check; {@code intact} is absent when the content was already destroyed. */
    public record IntegrityCheck(String internalRef, boolean contentStored, Boolean intact, Instant checkedAt) {
    }
}
