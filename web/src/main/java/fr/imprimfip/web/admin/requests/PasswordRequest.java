package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"password": "..."}}: an application user's password, declared or changed. */
public record PasswordRequest(@NotNull(message = PasswordRequest.SHAPE) String password) {

    public static final String SHAPE = "Le corps doit être \\{\"password\": \"...\"\\}.";
}
