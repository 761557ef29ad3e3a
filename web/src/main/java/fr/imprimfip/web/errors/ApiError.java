package fr.imprimfip.web.errors;

import java.util.Locale;

/**
 * Every refusal the platform answers, with its HTTP status, its v1 contract code and message, and the stable
 * problem type and title (French, or English when the caller prefers it) of the native doors.
 */
public enum ApiError {
    MISSING_CREDENTIALS(401, 900902, "Missing Credentials", "missing-credentials", "Jeton d'accès absent",
            "Missing access token"),
    INVALID_CREDENTIALS(401, 900901, "Invalid Credentials", "invalid-credentials", "Jeton d'accès invalide ou expiré",
            "Invalid or expired access token"),
    INSUFFICIENT_SCOPE(403, 900910, "The access token does not allow you to access the requested resource",
            "insufficient-scope", "Le jeton ne donne pas accès à cette ressource",
            "The token does not give access to this resource"),
    CERTIFICATE_REQUIRED(401, 920016, "Certificat client absent", "certificate-required", "Certificat client absent",
            "Missing client certificate"),
    TOKEN_NOT_BOUND(401, 900901, "Invalid Credentials", "token-not-bound", "Jeton non lié au certificat présenté",
            "Token not bound to the certificate presented"),
    UNKNOWN_PARTNER(403, 920003, "Identifiant technique non reconnu ou partenaire non autorisé",
            "unknown-partner", "Identifiant technique non reconnu ou partenaire non autorisé",
            "Unknown client id or partner not allowed"),
    ADDRESS_REFUSED(403, 920007, "Adresse IP de l'appelant non autorisée", "address-refused",
            "Adresse IP de l'appelant non autorisée", "Caller IP address not allowed"),
    RIGHTS_REFUSED(403, 920008, "Droits du partenaire insuffisants pour cette période", "rights-refused",
            "Droits du partenaire insuffisants pour cette période", "The partner's rights do not cover this period"),
    APPLICATION_USER_REFUSED(401, 920017, "Utilisateur applicatif ou mot de passe invalide", "application-user-refused",
            "Utilisateur applicatif ou mot de passe invalide", "Invalid application user or password"),
    CORRELATION_ID_MISSING(400, 910000, "Le paramètre X-Correlation-ID n'est pas présent dans le header HTTP",
            "correlation-id-missing", "En-tête X-Correlation-ID absent", "Missing X-Correlation-ID header"),
    CORRELATION_ID_MALFORMED(400, 910001, "Le paramètre X-Correlation-ID n'est pas un UUID",
            "correlation-id-malformed", "En-tête X-Correlation-ID mal formé", "Malformed X-Correlation-ID header"),
    INVALID_REQUEST(400, 920001, "Requête invalide", "invalid-request", "Requête invalide", "Invalid request"),
    NON_CANONICAL_PATH(400, 920001, "Requête invalide", "non-canonical-path", "Chemin de requête non canonique",
            "Non-canonical request path"),
    NOT_FOUND(404, 920004, "Ressource introuvable", "not-found", "Ressource introuvable", "Resource not found"),
    METHOD_NOT_ALLOWED(405, 920005, "Méthode non autorisée", "method-not-allowed", "Méthode non autorisée",
            "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE(415, 920015, "Type de contenu non accepté", "unsupported-media-type",
            "Type de contenu non accepté", "Unsupported content type"),
    CONFLICT(409, 920009, "Conflit avec l'état de la ressource", "conflict", "Conflit avec l'état de la ressource",
            "Conflict with the resource's state"),
    IDEMPOTENCY_IN_FLIGHT(409, 920010, "Requête déjà en cours de traitement", "idempotency-key-in-flight",
            "Une requête avec cette Idempotency-Key est en cours de traitement",
            "A request with this Idempotency-Key is being processed"),
    IDEMPOTENCY_MISMATCH(422, 920022, "Idempotency-Key déjà utilisée pour une autre requête",
            "idempotency-key-reused", "Idempotency-Key déjà utilisée pour une autre requête",
            "Idempotency-Key already used for another request"),
    TOO_LARGE(413, 920013, "Fichier trop volumineux", "payload-too-large", "Fichier trop volumineux",
            "File too large"),
    QUOTA_EXCEEDED(429, 900804, "Message throttled out", "quota-exceeded", "Quota d'appels dépassé",
            "Call quota exceeded"),
    MAINTENANCE(503, 920503, "Service en maintenance", "maintenance", "Service en maintenance",
            "Service under maintenance"),
    CONTENT_UNAVAILABLE(503, 920503, "Service momentanément indisponible", "content-unavailable",
            "Fichiers stockés indisponibles", "Stored files unavailable"),
    SIGNING_UNAVAILABLE(503, 920503, "Service momentanément indisponible", "signing-unavailable",
            "Signature des preuves indisponible", "Proof signing unavailable"),
    IDENTITY_PROVIDER_UNAVAILABLE(502, 920502, "Fournisseur d'identité indisponible", "identity-provider-unavailable",
            "Fournisseur d'identité indisponible", "Identity provider unavailable"),
    INTERNAL(500, 920500, "Erreur interne : la requête n'a pas abouti", "internal-error", "Erreur interne",
            "Internal error"),
    NOTICE_TOO_SHORT(422, 920049, "Préavis insuffisant", "notice-too-short", "Préavis insuffisant",
            "Notice too short"),
    SERVICE_UNAVAILABLE(503, 920503, "Service momentanément indisponible", "service-unavailable",
            "Service momentanément indisponible", "Service temporarily unavailable"),
    ARCHIVE_GONE(410, 920410, "Archive déjà téléchargée", "archive-gone",
            "L'archive de vos données a déjà été téléchargée", "The archive of your data was already downloaded");

    private static final String TYPE_BASE = "urn:imprimfip:problem:";

    private final int status;
    private final int v1Code;
    private final String v1Message;
    private final String problemSlug;
    private final String title;
    private final String englishTitle;

    ApiError(int status, int v1Code, String v1Message, String problemSlug, String title, String englishTitle) {
        this.status = status;
        this.v1Code = v1Code;
        this.v1Message = v1Message;
        this.problemSlug = problemSlug;
        this.title = title;
        this.englishTitle = englishTitle;
    }

    /** The refusal whose problem type is {@code urn:imprimfip:problem:<slug>}. */
    public static ApiError ofProblem(String slug) {
        for (ApiError error : values()) {
            if (error.problemSlug.equals(slug)) {
                return error;
            }
        }
        throw new IllegalArgumentException("No problem type " + slug);
    }

    public int status() {
        return status;
    }

    public int v1Code() {
        return v1Code;
    }

    public String v1Message() {
        return v1Message;
    }

    public String problemType() {
        return TYPE_BASE + problemSlug;
    }

    public String title() {
        return title;
    }

    /** The title in {@code locale}'s language: English when asked for, French otherwise. */
    public String title(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? englishTitle : title;
    }
}
