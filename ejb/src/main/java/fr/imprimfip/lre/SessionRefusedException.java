package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** The recipient session is unknown or has been idle too long: the recipient follows a link again. */
@ApplicationException(rollback = true)
public class SessionRefusedException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public SessionRefusedException() {
        super(new RefusalText("Votre session a expiré : suivez à nouveau le lien reçu par courriel.",
                "Your session has expired: follow the link you received by e-mail again."));
    }
}
