package fr.imprimfip.console.admin;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.production.RegisteredMailReport;

/**
 * Registered letters for administrators, as the registered-mail API reports them: per partner, the year's LRAR
 * letters sent and how their delivery ended, the acknowledgements of receipt still missing, and month by month.
 */
@Named
@RequestScoped
public class RegisteredMailPage {

    private static final int YEARS_OFFERED = 6;
    static final List<String> MONTHS = List.of("Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet",
            "Août", "Septembre", "Octobre", "Novembre", "Décembre");

    @EJB(lookup = PlatformServices.REGISTERED_MAIL_REPORT)
    RegisteredMailReport report;

    private Integer year;
    private List<RegisteredMailReport.PartnerYear> partners;

    public List<RegisteredMailReport.PartnerYear> getPartners() {
        if (partners == null) {
            partners = report.year(getYear());
        }
        return partners;
    }

    /** The year shown: the one asked for when the selector offers it, the current one otherwise. */
    public int getYear() {
        return year != null && years().contains(year) ? year : BusinessYear.current();
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> years() {
        return BusinessYear.recent(YEARS_OFFERED);
    }

    public String monthName(int index) {
        return MONTHS.get(index);
    }
}
