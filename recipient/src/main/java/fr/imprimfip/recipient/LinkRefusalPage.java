package fr.imprimfip.recipient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.lre.ElectronicDelivery;
import fr.imprimfip.lre.LinkRefusedException;
import fr.imprimfip.lre.LinkRefusedException.Reason;

/** Why a link leads nowhere; for a known letter (expired or used link), a new link may be sent by e-mail. */
@Named("linkRefusal")
@RequestScoped
public class LinkRefusalPage {

    @EJB(lookup = Platform.DELIVERY)
    ElectronicDelivery delivery;

    @Inject
    RecipientVisit recipient;

    private boolean answered;

    public Reason getReason() {
        return recipient.refusal() == null ? Reason.UNKNOWN : recipient.refusal();
    }

    public String getTitle() {
        return switch (getReason()) {
            case UNKNOWN -> "Lien inconnu";
            case EXPIRED -> "Lien expiré";
            case USED -> "Lien déjà utilisé";
        };
    }

    public boolean isNewLinkOffered() {
        return getReason() != Reason.UNKNOWN && recipient.link() != null && !answered;
    }

    public void requestNewLink() {
        if (!isNewLinkOffered()) {
            return;
        }
        answered = true;
        try {
            // past the day's limit the platform sends nothing and answers the same: the page cannot tell either
            delivery.requestNewLink(recipient.link());
            Messages.success("Un nouveau lien vient de vous être envoyé par courriel, à l'adresse où vous avez reçu"
                    + " celui-ci (quelques liens au plus par jour).");
        } catch (LinkRefusedException e) {
            Messages.error("Aucun nouveau lien ne peut être envoyé pour cette lettre : vous l'avez refusée, ou le"
                    + " délai pour y répondre est passé sans réponse (lettre négligée).");
        }
    }
}
