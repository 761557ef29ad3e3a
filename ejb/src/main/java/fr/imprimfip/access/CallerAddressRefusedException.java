package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.AccessRefusedException;
import fr.imprimfip.shared.RefusalText;

/** The call comes from an address its partner did not declare. */
@ApplicationException(rollback = true)
public class CallerAddressRefusedException extends AccessRefusedException {

    private static final long serialVersionUID = 1L;

    public CallerAddressRefusedException() {
        super("address-refused", new RefusalText("Adresse IP de l'appelant non autorisée",
                "The caller's IP address is not allowed"));
    }
}
