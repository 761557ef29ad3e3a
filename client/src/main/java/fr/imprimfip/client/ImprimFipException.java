package fr.imprimfip.client;

import java.util.Optional;

/**
 * A refusal of the platform: the HTTP status and the RFC 9457 problem details it answered with ({@code type} such as
 * {@code urn:imprimfip:problem:not-found}, {@code title}, {@code detail} naming what to fix, {@code instance}), or
 * only the status when the answer was not a problem (a proxy in between, for instance). The {@code title} and
 * {@code detail} are in the client's language ({@link ImprimFipClient.Builder#acceptLanguage}).
 */
public class ImprimFipException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** The prefix of the platform's problem types. */
    public static final String TYPE_PREFIX = "urn:imprimfip:problem:";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final String instance;
    private final Long retryAfterSeconds;

    public ImprimFipException(int status, String type, String title, String detail, String instance,
                              Long retryAfterSeconds) {
        super(status + (title == null ? "" : " " + title) + (detail == null ? "" : ": " + detail)
                + (type == null ? "" : " (" + type + ")"));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.instance = instance;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** The problem type, null when the answer was not a problem. */
    public String type() {
        return type;
    }

    /** The last part of the type ({@code not-found}, {@code idempotency-key-reused}…), null when there is none. */
    public String slug() {
        return type != null && type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : null;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String instance() {
        return instance;
    }

    /** How long to wait before trying again (429, 503), when the platform said so. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** Whether the same request may succeed later as it is: too many calls, maintenance, a dependency down. */
    public boolean retryable() {
        return status == 429 || status == 502 || status == 503;
    }
}
