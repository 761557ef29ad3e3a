package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"password": "..."}}: an application user's password, declared or changed. */
public record PasswordRequest(@NotNull String password) {

    public static final String SHAPE = "\\{\"password\": \"...\"\\}";
}
