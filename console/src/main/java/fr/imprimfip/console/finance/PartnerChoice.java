package fr.imprimfip.console.finance;

import java.io.Serializable;

import fr.imprimfip.partner.Partner;

/** A partner offered in a selector: its client id, and the label staff recognise it by. */
public record PartnerChoice(String clientId, String label) implements Serializable {

    static PartnerChoice of(Partner partner) {
        return new PartnerChoice(partner.clientId(), partner.name() + " (" + partner.clientId() + ")");
    }
}
