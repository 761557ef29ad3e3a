package fr.imprimfip.web.admin.requests;

/**
 * {@code {"choice": "RETURN" or "DESTRUCTION", "writtenReference": "..."}}: the partner's written choice for its data
 * at the end of its convention, and the reference of that writing (its letter, its e-mail...).
 */
public record EndOfServiceRequest(String choice, String writtenReference) {
}
