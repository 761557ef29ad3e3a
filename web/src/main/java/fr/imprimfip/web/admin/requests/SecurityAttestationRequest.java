package fr.imprimfip.web.admin.requests;

/**
 * {@code {"kind": "HOMOLOGATION", "receivedOn": "2026-11-27", "validUntil": "2029-11-27"}}: a security attestation
 * received; the kind is HOMOLOGATION when absent. The days stay texts, refused by name when malformed.
 */
public record SecurityAttestationRequest(String kind, String receivedOn, String validUntil) {

    public static final String SHAPE =
            "\\{\"kind\": \"...\", \"receivedOn\": \"2026-11-27\", \"validUntil\": \"2029-11-27\"\\}";
}
