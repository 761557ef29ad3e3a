package fr.imprimfip.web.admin.requests;

import fr.imprimfip.web.requests.RequestFields;

/**
 * {@code {"callsPerMinute": 2000}}: the partner's own call quota; {@code {"callsPerMinute": null}} gives it back the
 * default one. The member is required even as null: an empty body is refused, not read as a return to the default.
 */
public record CallQuotaRequest(@RequestFields.Present Integer callsPerMinute) {

    public static final String SHAPE = "\\{\"callsPerMinute\": 2000\\}";
}
