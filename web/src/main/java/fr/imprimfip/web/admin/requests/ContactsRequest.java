package fr.imprimfip.web.admin.requests;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {"contacts": [{"role": "REQUESTER", "name": "...", "email": "...", "phone": "..."}, ...],
 * "recipientServices": ["..."]}}: a convention's contacts, replaced.
 */
public record ContactsRequest(@NotNull List<@NotNull @Valid ContactRequest> contacts,
                              List<@NotNull String> recipientServices) {

    public static final String SHAPE = "\\{\"contacts\": [...], \"recipientServices\": [...]\\}";

    /** The services that receive the letters, none when absent. */
    public List<String> services() {
        return recipientServices == null ? List.of() : recipientServices;
    }
}
