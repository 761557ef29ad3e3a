package fr.imprimfip.recipient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.lre.CodeRefusedException;
import fr.imprimfip.lre.ElectronicDelivery;
import fr.imprimfip.lre.LinkRefusedException;
import fr.imprimfip.lre.RecipientPage;

/** The landing page of a link: a registered letter awaits, where it was notified, until when; a code is asked. */
@Named("landing")
@RequestScoped
public class LandingPage {

    @EJB(lookup = Platform.DELIVERY)
    ElectronicDelivery delivery;

    @Inject
    RecipientVisit recipient;

    @Inject
    FrenchDates dates;

    private RecipientPage page;

    /** What the link's letter shows before the code; null when the session holds no link that still opens. */
    public RecipientPage getPage() {
        if (page == null) {
            Object opened = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(LinkServlet.OPENED);
            if (opened instanceof RecipientPage known) {
                page = known;
            } else if (recipient.link() != null) {
                try {
                    page = delivery.open(recipient.link());
                } catch (LinkRefusedException e) {
                    recipient.refused(e.reason());
                }
            }
        }
        return page;
    }

    public boolean isDeadlinePassed() {
        return getPage() != null && dates.passed(getPage().deadline());
    }

    /** E-mails a one-time code, then leads to the page where it is typed. */
    public String sendCode() {
        if (recipient.link() == null) {
            return Views.redirect(Views.SESSION_ENDED);
        }
        try {
            delivery.sendCode(recipient.link());
            return Views.redirect(Views.CODE);
        } catch (CodeRefusedException e) {
            Messages.error(CodeTexts.refused(e));
            return null;
        } catch (LinkRefusedException e) {
            recipient.refused(e.reason());
            return Views.redirect(Views.LINK_REFUSED);
        }
    }
}
