package fr.imprimfip.access;

import java.time.Instant;
import java.time.LocalDate;

import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.FrenchWorkingDays;

/**
 * How soon a window may be announced before it starts: a nominal one 14 working days ahead, an urgent one 7. The
 * notice counts whole working days (Paris) strictly between the day of the announcement and the day the window
 * starts.
 */
public enum MaintenanceUrgency {
    NOMINAL(14, "nominale"),
    URGENT(7, "urgente");

    private final int noticeWorkingDays;
    private final String label;

    MaintenanceUrgency(int noticeWorkingDays, String label) {
        this.noticeWorkingDays = noticeWorkingDays;
        this.label = label;
    }

    public int noticeWorkingDays() {
        return noticeWorkingDays;
    }

    /** Its French adjective ({@code nominale}, {@code urgente}). */
    public String label() {
        return label;
    }

    /** The first day a window announced at {@code now} may start on with this urgency's notice (Paris). */
    public LocalDate earliestStartDay(Instant now) {
        LocalDate today = now.atZone(BusinessCalendar.PARIS).toLocalDate();
        return FrenchWorkingDays.plusWorkingDays(today, noticeWorkingDays).plusDays(1);
    }

    /** The first instant a window announced at {@code now} may start at with this urgency's notice. */
    public Instant earliestStart(Instant now) {
        return earliestStartDay(now).atStartOfDay(BusinessCalendar.PARIS).toInstant();
    }

    /** Whether a window announced at {@code now} and starting at {@code startsAt} was given the notice due. */
    public boolean noticeGiven(Instant now, Instant startsAt) {
        return !startsAt.isBefore(earliestStart(now));
    }
}
