package fr.imprimfip.web.v1;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.audit.CorrelationHeader;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositOptions;
import fr.imprimfip.deposit.DepositService;
import fr.imprimfip.deposit.DepositStatusReader;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.requests.MultipartParts;
import fr.imprimfip.web.security.CallingPartner;

/**
 * {@code POST /file/submission} and {@code GET /file/{internalRef}/status} of the v1 contract, called as one of
 * the partner's application users.
 */
@Path("/api/v1/file")
@ApplicationScoped
@V1Contract
@ApplicationUserRequired
public class FileResource {

    @Inject
    CallingPartner caller;

    @Inject
    DepositService deposits;

    @Inject
    DepositStatusReader statuses;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/submission")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public FileSubmissionResponse submit(@HeaderParam(ApplicationUserFilter.USERNAME) String username,
                                         @HeaderParam(CorrelationHeader.NAME) String correlationId)
            throws IOException {
        long partnerId = caller.id();
        SubmissionForm form = SubmissionForm.read(MultipartParts.of(request));
        SubmissionParameters parameters = form.parameters();
        DepositOptions options = new DepositOptions(parameters.filename(), parameters.onBehalfOf(),
                parameters.paper(), parameters.sendingType(), correlationId, parameters.registeredAddresses(),
                parameters.lreRecipient());
        List<PartUpload> annexes = new ArrayList<>();
        for (int i = 0; i < form.annexes().size(); i++) {
            annexes.add(new PartUpload(parameters.annexNames().get(i), form.annexes().get(i)));
        }
        Deposit deposit = deposits.receive(partnerId, caller.environment(), options, username,
                new PartUpload(parameters.filename(), form.document()), annexes);
        AuditNotes.target(request, deposit.reference().value());
        return FileSubmissionResponse.received(deposit);
    }

    @GET
    @Path("/{internalRef}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public FileStatusResponse status(@PathParam("internalRef") String internalRef,
                                     @QueryParam("businessRef") String businessRef) {
        return FileStatusResponse.of(statuses.statusOf(caller.owner(), internalRef), businessRef);
    }
}
