package fr.imprimfip.web.admin.requests;

/**
 * {@code {"name": "...", "addressLine": "...", "email": "..."}}: the person searched, by one key or more (a letter
 * must match every key given). Read from the body, never from the path or the query, so that no personal data
 * reaches an access log or the audit trail.
 */
public record PersonSearchRequest(String name, String addressLine, String email) {

    public static final String SHAPE = "\\{\"name\": \"...\", \"addressLine\": \"...\", \"email\": \"...\"\\}";
}
