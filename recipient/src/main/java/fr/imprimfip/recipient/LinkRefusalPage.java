package fr.imprimfip.recipient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.lre.CodeRefusedException;
import fr.imprimfip.lre.ElectronicDelivery;
import fr.imprimfip.lre.LinkRefusedException;
import fr.imprimfip.lre.LinkRefusedException.Reason;

/** Why a link leads nowhere; for a known letter (expired or used link), a new link may be sent by e-mail. */
@Named("linkRefusal")
@RequestScoped
public class LinkRefusalPage {

    @EJB
    ElectronicDelivery delivery;

    @Inject
    RecipientVisit recipient;

    private boolean sent;

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
        return getReason() != Reason.UNKNOWN && recipient.link() != null && !sent;
    }

    public boolean isSent() {
        return sent;
    }

    public void requestNewLink() {
        if (!isNewLinkOffered()) {
            return;
        }
        try {
            delivery.requestNewLink(recipient.link());
            sent = true;
            Messages.success("Un nouveau lien vient de vous être envoyé par courriel, à l'adresse où vous avez reçu"
                    + " le premier.");
        } catch (LinkRefusedException e) {
            recipient.refused(e.reason());
            Messages.error("Aucun nouveau lien ne peut être envoyé pour ce lien.");
        } catch (CodeRefusedException e) {
            Messages.error("Vous avez demandé le nombre maximal de nouveaux liens pour aujourd'hui. Réessayez"
                    + " demain.");
        }
    }
}
