package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"role": "REQUESTER", "name": "...", "email": "...", "phone": "..."}}: one contact of a partner. */
public record ContactRequest(@NotNull String role, @NotNull String name, @NotNull String email, String phone) {
}
