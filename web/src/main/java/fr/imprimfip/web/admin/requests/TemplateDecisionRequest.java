package fr.imprimfip.web.admin.requests;

import fr.imprimfip.template.TemplateStatus;

/** {@code {"decision": "VALIDATED" or "REFUSED", "comment": "..."}}: an administrator's decision on a template. */
public record TemplateDecisionRequest(String decision, String comment) {

    /** The decisions an administrator takes: a template is submitted by its partner, never by this door. */
    public static final TemplateStatus[] DECISIONS = {TemplateStatus.VALIDATED, TemplateStatus.REFUSED};
}
