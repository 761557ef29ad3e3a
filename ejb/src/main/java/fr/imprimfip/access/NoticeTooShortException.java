package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/**
 * A window announced with less notice than its urgency requires, and no administrator's justification for it
 * ({@code urn:imprimfip:problem:notice-too-short}, 422).
 */
@ApplicationException(rollback = true)
public class NoticeTooShortException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    /** @param earliestStart the first day the window could start on, as partners read it ({@code 25/12/2026}) */
    public NoticeTooShortException(MaintenanceUrgency urgency, String earliestStart) {
        super(new RefusalText("Préavis insuffisant : une annonce " + urgency.label() + " se fait "
                        + urgency.noticeWorkingDays() + " jours ouvrés à l'avance, soit un début le " + earliestStart
                        + " au plus tôt. Un administrateur peut réduire ce préavis en le justifiant"
                        + " (shortNoticeJustification).",
                "Notice too short: a " + (urgency == MaintenanceUrgency.NOMINAL ? "nominal" : "urgent")
                        + " announcement is made " + urgency.noticeWorkingDays() + " working days ahead, so the"
                        + " window starts on " + earliestStart + " at the earliest. An administrator may shorten"
                        + " the notice by justifying it (shortNoticeJustification)."), "notice-too-short");
    }
}
