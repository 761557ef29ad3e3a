package fr.imprimfip.web.admin.requests;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {"identifier": "ddfip-gironde", "name": "...", "siret": "...", "contacts": [{"role": "REQUESTER", "name":
 * "...", "email": "...", "phone": "..."}, ...], "recipientServices": ["..."]}}: a partner, from its DataPass
 * subscription.
 */
public record PartnerRequest(@NotNull String identifier, @NotNull String name, @NotNull String siret,
                             @NotNull List<@NotNull @Valid ContactRequest> contacts,
                             List<@NotNull String> recipientServices) {

    public static final String SHAPE = "\\{\"identifier\": \"...\", \"name\": \"...\", \"siret\": \"...\","
            + " \"contacts\": [...], \"recipientServices\": [...]\\}";

    /** The services that receive the letters, none when absent. */
    public List<String> services() {
        return recipientServices == null ? List.of() : recipientServices;
    }
}
