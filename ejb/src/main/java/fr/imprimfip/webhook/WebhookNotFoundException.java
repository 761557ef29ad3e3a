package fr.imprimfip.webhook;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No such subscription (or event) for the caller's partner and environment. */
public class WebhookNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public WebhookNotFoundException(String id) {
        super(new RefusalText("Aucun webhook ou événement « " + id + " » pour ce partenaire dans cet environnement.",
                "No webhook or event \"" + id + "\" for this partner in this environment."));
    }
}
