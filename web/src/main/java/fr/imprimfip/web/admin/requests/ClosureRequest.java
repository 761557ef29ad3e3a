package fr.imprimfip.web.admin.requests;

/** {@code {"verificationNote": "..."}}: an incident closed; the register refuses a closure without its note. */
public record ClosureRequest(String verificationNote) {
}
