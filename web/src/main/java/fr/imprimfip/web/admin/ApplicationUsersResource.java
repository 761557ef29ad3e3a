package fr.imprimfip.web.admin;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.partner.ApplicationUser;
import fr.imprimfip.partner.ApplicationUsers;
import fr.imprimfip.web.admin.requests.PasswordRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The application users a partner declares for the v1 contract: declared or given a new password with
 * {@code PUT {"password": "..."}}, revoked with {@code DELETE}. Passwords are never answered, not even hashed.
 */
@Path("/admin/partners/{clientId}/application-users")
@RequestScoped
public class ApplicationUsersResource {

    /** An application user as administrators read it. */
    public record ApplicationUserView(String username, boolean active, Instant declaredAt, Instant passwordChangedAt,
                                      Instant revokedAt, int failedSignIns, Instant blockedUntil) {
        static ApplicationUserView of(ApplicationUser user) {
            return new ApplicationUserView(user.username(), user.active(), user.declaredAt(),
                    user.passwordChangedAt(), user.revokedAt(), user.failedSignIns(), user.blockedUntil());
        }
    }

    @Inject
    ApplicationUsers users;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ApplicationUserView> list(@PathParam("clientId") String clientId) {
        return users.of(clientId).stream().map(ApplicationUserView::of).toList();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ApplicationUserView declare(@PathParam("clientId") String clientId,
                                       @PathParam("username") String username,
                                       @Valid @NotNull(message = PasswordRequest.SHAPE) PasswordRequest body) {
        return ApplicationUserView.of(users.declare(clientId, username, body.password()));
    }

    /** Lifts the lock (or the wait) that wrong passwords put on the user. */
    @DELETE
    @Path("/{username}/lock")
    @Produces(MediaType.APPLICATION_JSON)
    public ApplicationUserView unlock(@PathParam("clientId") String clientId,
                                      @PathParam("username") String username) {
        return ApplicationUserView.of(users.unlock(clientId, username));
    }

    @DELETE
    @Path("/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    public ApplicationUserView revoke(@PathParam("clientId") String clientId,
                                      @PathParam("username") String username) {
        return ApplicationUserView.of(users.revoke(clientId, username));
    }
}
