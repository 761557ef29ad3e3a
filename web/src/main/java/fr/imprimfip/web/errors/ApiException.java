package fr.imprimfip.web.errors;

import fr.imprimfip.shared.RefusalText;

/** A refusal decided by a resource or filter, with a detail safe to show to the caller, in French and English. */
public class ApiException extends RuntimeException {

    private final ApiError error;
    private final RefusalText detail;

    public ApiException(ApiError error, String french, String english) {
        this(error, new RefusalText(french, english));
    }

    public ApiException(ApiError error) {
        this(error, (RefusalText) null);
    }

    private ApiException(ApiError error, RefusalText detail) {
        super(error.name() + (detail == null ? "" : ": " + detail.french()));
        this.error = error;
        this.detail = detail;
    }

    /** A refusal of the v1 door alone, whose contract answers in French whatever the caller asks. */
    public static ApiException v1(ApiError error, String french) {
        return new ApiException(error, new RefusalText(french, null));
    }

    public ApiError error() {
        return error;
    }

    public RefusalText detail() {
        return detail;
    }
}
