package fr.imprimfip.web.editique.requests;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"event": "PRINTED", "occurredAt": "2026-11-27T10:15:00Z", "message": "...", "depositSlip": "..."}}: what
 * the print centre reports of a lot or of one letter (the message is a failed delivery's reason; the deposit slip's
 * reference comes with the hand-over of registered letters); the instant stays a text, refused by name when
 * malformed.
 */
public record ProductionReportRequest(@NotNull String event, String occurredAt, String message, String depositSlip) {

    public static final String SHAPE = "\\{\"event\": \"...\", \"occurredAt\": \"2026-11-27T10:15:00Z\"\\}";
}
