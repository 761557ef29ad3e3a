package fr.imprimfip.web.errors;

/** A refusal decided by a resource or filter, with a detail safe to show to the caller. */
public class ApiException extends RuntimeException {

    private final ApiError error;
    private final String detail;

    public ApiException(ApiError error, String detail) {
        super(error.name() + (detail == null ? "" : ": " + detail));
        this.error = error;
        this.detail = detail;
    }

    public ApiException(ApiError error) {
        this(error, null);
    }

    public ApiError error() {
        return error;
    }

    public String detail() {
        return detail;
    }
}
