package fr.imprimfip.recipient;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.lre.DecisionRefusedException;
import fr.imprimfip.lre.ElectronicDelivery;
import fr.imprimfip.lre.RecipientLetterView;
import fr.imprimfip.lre.SessionRefusedException;

/**
 * The letter once the recipient is identified: who sends it when they may know, the deadline, and the decision,
 * asked then confirmed (it is final); once accepted, the sender and the download.
 */
@Named("letterPage")
@ViewScoped
public class LetterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ACCEPT = "accepter";
    static final String REFUSE = "refuser";

    @EJB(lookup = Platform.DELIVERY)
    ElectronicDelivery delivery;

    @Inject
    RecipientVisit recipient;

    private RecipientLetterView view;
    private String asked;

    public String load() {
        try {
            if (recipient.recipientSession() == null) {
                return Views.redirect(Views.SESSION_ENDED);
            }
            view = delivery.view(recipient.recipientSession());
            return null;
        } catch (SessionRefusedException e) {
            recipient.ended();
            return Views.redirect(Views.SESSION_ENDED);
        }
    }

    public void ask(String decision) {
        asked = ACCEPT.equals(decision) || REFUSE.equals(decision) ? decision : null;
    }

    public void cancel() {
        asked = null;
    }

    /** Acts on the decision asked, once; the page then shows the letter as it now stands. */
    public String confirm() {
        String decision = asked;
        asked = null;
        if (decision == null || recipient.recipientSession() == null) {
            return load();
        }
        try {
            if (ACCEPT.equals(decision)) {
                delivery.accept(recipient.recipientSession());
            } else {
                delivery.refuse(recipient.recipientSession());
            }
            return Views.redirect(Views.LETTER);
        } catch (DecisionRefusedException e) {
            Messages.error(LetterTexts.decisionRefused(e.reason()));
            return load();
        } catch (SessionRefusedException e) {
            recipient.ended();
            return Views.redirect(Views.SESSION_ENDED);
        }
    }

    public RecipientLetterView getView() {
        return view;
    }

    public boolean isAsked(String decision) {
        return decision.equals(asked);
    }

    public boolean isAnyAsked() {
        return asked != null;
    }

    public String getStateLabel() {
        return view == null ? "" : LetterTexts.state(view.state());
    }

    public String getStateBadge() {
        return view == null ? "" : LetterTexts.badge(view.state());
    }

    public boolean is(String state) {
        return view != null && view.state().name().equals(state);
    }
}
