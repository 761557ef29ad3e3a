package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

/**
 * No deposit of the calling partner has this reference. Raised alike when the reference exists for another
 * partner: a partner must not learn that another partner's reference exists.
 */
@ApplicationException(rollback = true)
public class DepositNotFoundException extends RuntimeException {

    public DepositNotFoundException() {
        super("No such deposit for this partner");
    }
}
