package fr.imprimfip.web.admin;

import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.production.PrintLotCatalog;
import fr.imprimfip.production.PrintLotScheduler;
import fr.imprimfip.web.editique.PrintLotView;
import fr.imprimfip.web.security.StaffMember;

/**
 * An extra production cut-off, now (an urgent run, or a cut-off missed during an outage): pending letters are
 * gathered into lots and the lots composed before the answer, which lists the lots built.
 */
@Path("/admin/production-cutoffs")
@RequestScoped
public class ProductionCutoffResource {

    private static final Logger LOG = Logger.getLogger(ProductionCutoffResource.class.getName());

    @Inject
    PrintLotScheduler cutoffs;

    @Inject
    PrintLotCatalog catalog;

    @Inject
    StaffMember staff;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public List<PrintLotView> cutOffNow() {
        LOG.info(() -> "Production cut-off requested by " + staff.name());
        return cutoffs.runCutOff().stream().map(catalog::byId).map(PrintLotView::of).toList();
    }
}
