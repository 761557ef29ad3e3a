package fr.imprimfip.web.v1;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.DepositOwner;
import fr.imprimfip.deposit.DepositStatusReader;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The baseline of the status-query benchmark, on benchmark nodes only ({@code imprimfip.benchmark.baseline=true};
 * everywhere else it answers 404): the v1 status of a partner's file, read and answered exactly as
 * {@code GET /api/v1/file/{internalRef}/status} does, over the same TLS, without what the access chain adds (no
 * certificate, token, admission, rights, quota, application user or audit). The benchmark measures the chain
 * against it.
 */
@Path("/benchmark/v1-status/{internalRef}")
@ApplicationScoped
public class StatusReadBaseline {

    @Inject
    @ConfigProperty(name = "imprimfip.benchmark.baseline", defaultValue = "false")
    boolean enabled;

    @Inject
    DepositStatusReader statuses;

    @EJB
    Partners partners;

    private final Map<String, Long> partnerIds = new ConcurrentHashMap<>();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public FileStatusResponse status(@PathParam("internalRef") String internalRef,
                                     @QueryParam("partner") String clientId) {
        if (!enabled || clientId == null) {
            throw new NotFoundException();
        }
        long partnerId = partnerIds.computeIfAbsent(clientId,
                id -> partners.byClientId(id).orElseThrow(NotFoundException::new).id());
        return FileStatusResponse.of(statuses.statusOf(new DepositOwner(partnerId, ServiceEnvironment.PRODUCTION),
                internalRef), null);
    }
}
