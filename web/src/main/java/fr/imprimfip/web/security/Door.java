package fr.imprimfip.web.security;

import java.util.Set;

import jakarta.servlet.ServletRequest;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;

import fr.imprimfip.audit.AuditRecord.ActorKind;

/**
 * The door a request came through, decided once per exchange from the path the container matched its security
 * constraints on, and read by every check: who may call it, in which format it answers refusals, whether it wants
 * the client certificate the token is bound to, whether maintenance windows close it, whether calls count against
 * the partner's quota. The roles repeat web.xml's constraints, which a unit test keeps in step.
 */
public enum Door {
    PARTNER_V1("/api/v1", Set.of("partner"), ErrorFormat.V1_CONTRACT, ActorKind.PARTNER, true, true, true),
    PARTNER_NATIVE("/api/v2", Set.of("partner"), ErrorFormat.PROBLEM, ActorKind.PARTNER, true, true, true),
    /** Any other path under the partners' prefix: no resource answers it, yet it is guarded like the others. */
    PARTNER_OTHER("/api", Set.of("partner"), ErrorFormat.PROBLEM, ActorKind.PARTNER, true, true, true),
    PRINT_CENTRE("/editique", Set.of("editique"), ErrorFormat.PROBLEM, ActorKind.PRINT_CENTRE, true, false, false),
    FINANCE("/finance", Set.of("finance", "admin"), ErrorFormat.PROBLEM, ActorKind.STAFF, false, false, false),
    ADMIN("/admin", Set.of("admin"), ErrorFormat.PROBLEM, ActorKind.STAFF, false, false, false),
    /** What is no door: the error pages, the liveness ping. Nothing is audited or checked there. */
    NONE("", Set.of(), ErrorFormat.PROBLEM, null, false, false, false);

    /** How a door writes its refusals. */
    public enum ErrorFormat { V1_CONTRACT, PROBLEM }

    /** The v1 health check answers during maintenance windows: it is how partners learn the service is back. */
    private static final String V1_HEALTH = "/api/v1/etatSante";

    private static final AttachmentKey<Door> DECIDED = AttachmentKey.create(Door.class);
    private static final String ATTRIBUTE = Door.class.getName();

    private final String prefix;
    private final Set<String> roles;
    private final ErrorFormat errorFormat;
    private final ActorKind actorKind;
    private final boolean certificateRequired;
    private final boolean maintenanceApplies;
    private final boolean quotaApplies;

    Door(String prefix, Set<String> roles, ErrorFormat errorFormat, ActorKind actorKind, boolean certificateRequired,
         boolean maintenanceApplies, boolean quotaApplies) {
        this.prefix = prefix;
        this.roles = roles;
        this.errorFormat = errorFormat;
        this.actorKind = actorKind;
        this.certificateRequired = certificateRequired;
        this.maintenanceApplies = maintenanceApplies;
        this.quotaApplies = quotaApplies;
    }

    /**
     * The door of the exchange, decided at its first reading from the path the container matched and kept for the
     * whole exchange (error dispatches included).
     */
    public static Door of(HttpServerExchange exchange) {
        Door door = exchange.getAttachment(DECIDED);
        if (door == null) {
            door = ofPath(exchange.getRelativePath());
            exchange.putAttachment(DECIDED, door);
            ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            if (servlet != null) {
                servlet.getServletRequest().setAttribute(ATTRIBUTE, door);
            }
        }
        return door;
    }

    /** The door of {@code request}, as its exchange decided it; {@link #NONE} outside an HTTP exchange. */
    public static Door of(ServletRequest request) {
        if (request != null && request.getAttribute(ATTRIBUTE) instanceof Door door) {
            return door;
        }
        ServletRequestContext current = ServletRequestContext.current();
        return current == null ? NONE : of(current.getExchange());
    }

    /**
     * The door a path leads to, read as leniently as any layer could read it (percent-decoded, path parameters
     * dropped, slashes collapsed, letters in any case), so that a disguised path is still recognised as the door it
     * aims at, and refused there by {@link CanonicalPath}: the door its first segments name, or else the one it
     * reaches once its {@code ..} segments are resolved ({@code /x/../api/...}).
     */
    static Door ofPath(String path) {
        Door named = matching(CanonicalPath.leniently(path, false));
        return named != NONE ? named : matching(CanonicalPath.leniently(path, true));
    }

    private static Door matching(String path) {
        for (Door door : values()) {
            if (door != NONE && door.leadsTo(path)) {
                return door;
            }
        }
        return NONE;
    }

    private boolean leadsTo(String path) {
        return path.regionMatches(true, 0, prefix, 0, prefix.length())
                && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** Whether the path names this door's prefix with its exact letters. */
    boolean spelledExactly(String path) {
        return path.regionMatches(0, prefix, 0, prefix.length());
    }

    public boolean isDoor() {
        return this != NONE;
    }

    public String prefix() {
        return prefix;
    }

    public Set<String> roles() {
        return roles;
    }

    public ErrorFormat errorFormat() {
        return errorFormat;
    }

    /** Who calls through this door, as the audit trail names them; null for {@link #NONE}. */
    public ActorKind actorKind() {
        return actorKind;
    }

    /** Whether the caller must present the certificate its token is bound to (RFC 8705). */
    public boolean certificateRequired() {
        return certificateRequired;
    }

    /** Whether the call of {@code path} through this door is answered 503 during a maintenance window. */
    public boolean closedDuringMaintenance(String path) {
        return maintenanceApplies && !V1_HEALTH.equals(path);
    }

    public boolean quotaApplies() {
        return quotaApplies;
    }
}
