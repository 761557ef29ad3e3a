package fr.imprimfip.recipient;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import fr.imprimfip.lre.CodeRefusedException;
import fr.imprimfip.lre.ElectronicDelivery;
import fr.imprimfip.lre.LinkRefusedException;

/**
 * The one-time code: typed, checked by the platform (which counts the attempts), and on success traded for the
 * recipient session, kept in the HTTP session only, whose id then changes.
 */
@Named("codePage")
@ViewScoped
public class CodePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB(lookup = Platform.DELIVERY)
    ElectronicDelivery delivery;

    @Inject
    RecipientVisit recipient;

    private String code;
    private boolean spent;

    /** Without a link followed in this session, there is no code to type. */
    public String load() {
        if (recipient.link() != null) {
            return null;
        }
        return Views.redirect(recipient.recipientSession() != null ? Views.LETTER : Views.SESSION_ENDED);
    }

    public String verify() {
        if (recipient.link() == null) {
            return load();
        }
        var typed = OneTimeCode.of(code);
        code = null;
        if (typed.isEmpty()) {
            Messages.error(CodeTexts.FORMAT);
            return null;
        }
        try {
            String session = delivery.verifyCode(recipient.link(), typed.get());
            ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                    .changeSessionId();
            recipient.identified(session);
            return Views.redirect(Views.LETTER);
        } catch (CodeRefusedException e) {
            spent = CodeTexts.spent(e);
            Messages.error(CodeTexts.refused(e));
            return null;
        } catch (LinkRefusedException e) {
            recipient.refused(e.reason());
            return Views.redirect(Views.LINK_REFUSED);
        }
    }

    /** A new code, the former one being void. */
    public String resend() {
        if (recipient.link() == null) {
            return load();
        }
        try {
            delivery.sendCode(recipient.link());
            spent = false;
            Messages.success(CodeTexts.SENT);
        } catch (CodeRefusedException e) {
            Messages.error(CodeTexts.refused(e));
        } catch (LinkRefusedException e) {
            recipient.refused(e.reason());
            return Views.redirect(Views.LINK_REFUSED);
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isSpent() {
        return spent;
    }
}
