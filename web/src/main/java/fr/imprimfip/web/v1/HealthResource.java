package fr.imprimfip.web.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /etatSante}: tells a partner that the API answers. */
@Path("/api/v1/etatSante")
@RequestScoped
@V1Contract
public class HealthResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Information health() {
        return new Information("L'API est opérationnelle");
    }
}
