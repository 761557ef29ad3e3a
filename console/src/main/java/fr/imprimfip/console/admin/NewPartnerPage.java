package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.partner.Conventions;
import fr.imprimfip.partner.Partner;

/**
 * A new partner from its DataPass subscription: its identifier, name and SIRET, the contacts the subscription
 * names, the services its letters come from; registered by the same service as {@code POST /admin/partners}.
 */
@Named
@ViewScoped
public class NewPartnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB(lookup = PlatformServices.CONVENTIONS)
    Conventions conventions;

    @Inject
    StaffActions actions;

    private String identifier;
    private String name;
    private String siret;
    private final List<ContactInput> contacts = ContactInput.forEveryRole();
    private String recipientServices;

    /** Registers the partner, then opens its page; stays on the form, saying why, when refused. */
    public String create() {
        String wanted = FormText.optional(identifier);
        Partner partner = actions.perform("partenaire.creer", wanted == null ? "" : wanted,
                () -> conventions.register(wanted, FormText.optional(name), FormText.optional(siret),
                        ContactInput.contacts(contacts), FormText.lines(recipientServices)),
                "Le partenaire " + wanted + " est créé.");
        if (partner == null) {
            return null;
        }
        return StaffActions.reload("/admin/partenaire.xhtml?id=" + URLEncoder.encode(partner.clientId(),
                StandardCharsets.UTF_8));
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public List<ContactInput> getContacts() {
        return contacts;
    }

    public String getRecipientServices() {
        return recipientServices;
    }

    public void setRecipientServices(String recipientServices) {
        this.recipientServices = recipientServices;
    }
}
