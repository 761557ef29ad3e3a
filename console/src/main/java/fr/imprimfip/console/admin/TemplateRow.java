package fr.imprimfip.console.admin;

import java.io.Serializable;

import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.template.LetterTemplate;

/** A letter template as the review pages show it: whose it is, what the print charter found, where it stands. */
public record TemplateRow(long id, String name, String partner, String partnerName, String submittedAt, int pages,
                          int errors, int warnings, String findings, Badge status, String decidedAt,
                          String decidedBy, String decisionComment, boolean waiting) implements Serializable {

    static TemplateRow of(LetterTemplate template, Partner partner) {
        return new TemplateRow(template.id(), template.name(), partner.clientId(), partner.name(),
                FrenchFormats.instant(template.submittedAt()), template.pages(), template.charterErrors(),
                template.charterWarnings(), template.charterFindings(), AdminBadges.of(template.status()),
                FrenchFormats.instant(template.decidedAt()), template.decidedBy(), template.decisionComment(),
                template.status() == fr.imprimfip.template.TemplateStatus.SUBMITTED);
    }

    /** What the charter found, in one phrase for the list. */
    public String verdict() {
        if (errors > 0) {
            return errors + (errors == 1 ? " erreur" : " erreurs") + " : ne peut qu'être refusé";
        }
        return warnings == 0 ? "Conforme à la charte" : warnings + (warnings == 1 ? " avertissement" : " avertissements");
    }
}
