package fr.imprimfip.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /ping}: answers {@code pong} with no check at all, for a load balancer's liveness probe; it is also
 * the bare endpoint the status-query benchmark compares the partner chain with.
 */
@Path("/ping")
@RequestScoped
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "pong";
    }
}
