package fr.imprimfip.console.admin;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.partner.PartnerStatus;
import fr.imprimfip.partner.Partners;

/**
 * The register of processing activities (its PDF, generated from the data) and the destruction certificates of
 * the partners whose convention has ended or is ending, each a PDF from {@link AdminDocumentsServlet}.
 */
@Named
@RequestScoped
public class RegisterPage {

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    private List<PartnerRow> ended;

    @PostConstruct
    void read() {
        ended = partners.all().stream().filter(partner -> partner.status() == PartnerStatus.TERMINATED
                        || partner.status() == PartnerStatus.UNDER_TERMINATION_NOTICE).map(PartnerRow::of)
                .sorted(Comparator.comparing(PartnerRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<PartnerRow> getEnded() {
        return ended;
    }
}
