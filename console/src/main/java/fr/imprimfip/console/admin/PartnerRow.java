package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;

import fr.imprimfip.console.Badge;
import fr.imprimfip.partner.Partner;

/** One line of the partners' list: who the partner is and where its convention stands. */
public record PartnerRow(String identifier, String name, String siret, Badge status) implements Serializable {

    static PartnerRow of(Partner partner) {
        return new PartnerRow(partner.clientId(), partner.name(), partner.siret(), Badge.of(partner.status()));
    }

    /** Whether the search text appears in the name, identifier or SIRET, whatever the case and accents. */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = folded(search.strip());
        return folded(name).contains(wanted) || folded(identifier).contains(wanted)
                || (siret != null && siret.contains(search.strip()));
    }

    private static String folded(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
