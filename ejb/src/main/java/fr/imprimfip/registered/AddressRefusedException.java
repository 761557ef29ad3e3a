package fr.imprimfip.registered;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;

/**
 * A registered letter's address refused by a postal rule (400): the caller reads which field breaks which rule; the
 * audit trail keeps only the field and the rule, never what the address says (a postcode, the expected town).
 */
@ApplicationException(rollback = true)
public class AddressRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public AddressRefusedException(String field, RefusalText text) {
        super(text);
        this.field = field;
    }

    /** The field refused, in full: {@code recipient.address.zipCode}. */
    public String field() {
        return field;
    }

    @Override
    public String auditReason() {
        return "Adresse refusée : " + field;
    }
}
