package fr.imprimfip.console.admin;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.production.RegisteredMailReport;
import fr.imprimfip.shared.SendingType;

/**
 * Registered letters for administrators, as the registered-mail API reports them: per partner, the year's paper
 * (LRAR) or electronic (LRE) registered letters sent and how their delivery ended, for paper ones the
 * acknowledgements of receipt still missing, and month by month.
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
    private String sendingType;
    private List<RegisteredMailReport.PartnerYear> partners;

    public List<RegisteredMailReport.PartnerYear> getPartners() {
        if (partners == null) {
            partners = report.year(getYear(), isElectronic() ? SendingType.LRE : SendingType.LRAR);
        }
        return partners;
    }

    /** The year shown: the one asked for when the selector offers it, the current one otherwise. */
    public Integer getYear() {
        return year != null && years().contains(year) ? year : BusinessYear.current();
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** The sending type shown: LRE when asked for, LRAR otherwise. */
    public String getSendingType() {
        return isElectronic() ? SendingType.LRE.name() : SendingType.LRAR.name();
    }

    public void setSendingType(String sendingType) {
        this.sendingType = sendingType;
    }

    public boolean isElectronic() {
        return SendingType.LRE.name().equals(sendingType);
    }

    public List<Integer> years() {
        return BusinessYear.recent(YEARS_OFFERED);
    }

    public String monthName(int index) {
        return MONTHS.get(index);
    }
}
