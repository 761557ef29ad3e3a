package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"startsAt": "...", "endsAt": "...", "reason": "...", "kind": "MAINTENANCE|CHANGE", "urgency":
 * "NOMINAL|URGENT", "shortNoticeJustification": "..."}}: the last three are optional (a nominal maintenance, announced
 * with its notice). The instants stay texts here so that a malformed one is refused by name ({@code startsAt est un
 * instant ISO 8601...}).
 */
public record MaintenanceWindowRequest(@NotNull String startsAt, @NotNull String endsAt, @NotNull String reason,
                                       String kind, String urgency,
                                       String shortNoticeJustification) {

    public static final String SHAPE = "\\{\"startsAt\": \"...\", \"endsAt\": \"...\", \"reason\": \"...\","
            + " \"kind\": \"MAINTENANCE|CHANGE\", \"urgency\": \"NOMINAL|URGENT\", \"shortNoticeJustification\":"
            + " \"...\"\\}";
}
