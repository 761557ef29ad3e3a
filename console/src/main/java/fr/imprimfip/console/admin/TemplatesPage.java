package fr.imprimfip.console.admin;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.template.LetterTemplates;
import fr.imprimfip.template.TemplateStatus;

/** The letter templates waiting for an administrator's decision, oldest first, as the review API lists them. */
@Named
@RequestScoped
public class TemplatesPage {

    @EJB(lookup = PlatformServices.TEMPLATES)
    LetterTemplates templates;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    private List<TemplateRow> rows;

    @PostConstruct
    void read() {
        rows = templates.inStatus(TemplateStatus.SUBMITTED).stream()
                .map(template -> TemplateRow.of(template, partners.byId(template.partnerId()))).toList();
    }

    public List<TemplateRow> getRows() {
        return rows;
    }
}
