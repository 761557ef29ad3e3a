package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

/** The call comes from an address its partner did not declare. */
@ApplicationException(rollback = true)
public class CallerAddressRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CallerAddressRefusedException() {
        super("Adresse IP de l'appelant non déclarée par le partenaire");
    }
}
