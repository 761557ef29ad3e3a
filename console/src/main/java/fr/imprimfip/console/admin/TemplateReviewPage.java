package fr.imprimfip.console.admin;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.template.LetterTemplates;

/**
 * One template under review: its sample shown beside what the print charter found, and the decision, validate or
 * refuse with a reason, each asked to be confirmed. The charter's verdict and the finality of a decision are the
 * template's own rules: the page shows their refusal.
 */
@Named
@ViewScoped
public class TemplateReviewPage implements Serializable {

    static final String VALIDATE = "valider";
    static final String REFUSE = "refuser";

    @EJB(lookup = PlatformServices.TEMPLATES)
    LetterTemplates templates;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private final Confirmation confirmation = new Confirmation();
    private Long id;
    private TemplateRow template;
    private String comment;

    /** The page's view action: reads the template of the address's {@code id}. */
    public void load() {
        template = null;
        if (id != null) {
            try {
                var found = templates.one(id);
                template = TemplateRow.of(found, partners.byId(found.partnerId()));
            } catch (RuntimeException unknown) {
                template = null;
            }
        }
    }

    public void askValidate() {
        confirmation.ask(VALIDATE);
    }

    public void askRefuse() {
        confirmation.ask(REFUSE);
    }

    public void cancel() {
        confirmation.cancel();
    }

    public void validate() {
        if (confirmation.confirm(VALIDATE)) {
            actions.perform("modele.valider", target(), () -> templates.validate(id, comment, staff.name()),
                    "Le modèle « " + template.name() + " » est validé : le partenaire peut l'utiliser.");
            load();
        }
    }

    public void refuse() {
        if (confirmation.confirm(REFUSE)) {
            actions.perform("modele.refuser", target(), () -> templates.refuse(id, comment, staff.name()),
                    "Le modèle « " + template.name() + " » est refusé ; le partenaire lit votre motif.");
            load();
        }
    }

    /** The audit's target, as the partner API names a template. */
    private String target() {
        return "template-" + id;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TemplateRow getTemplate() {
        return template;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
