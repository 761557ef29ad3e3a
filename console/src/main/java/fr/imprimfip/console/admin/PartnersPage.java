package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.partner.Partners;

/** The partners' list with their convention's status, narrowed by a search box. */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    private List<PartnerRow> all;
    private String search;

    @PostConstruct
    void open() {
        all = partners.all().stream().map(PartnerRow::of)
                .sorted(Comparator.comparing(PartnerRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<PartnerRow> getRows() {
        return all.stream().filter(row -> row.matches(search)).toList();
    }

    public int getTotal() {
        return all.size();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
