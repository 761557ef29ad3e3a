package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.Tariffs;
import fr.imprimfip.shared.SendingType;

/**
 * A partner's tariffs: every year's version, as the finance API's history gives them, and the form that sets a
 * year's prices through the same tariff service (which refuses once the year's statement is issued).
 */
@Named
@ViewScoped
public class TariffsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    @EJB(lookup = PlatformServices.TARIFFS)
    Tariffs tariffs;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private List<PartnerChoice> choices;
    private String partner;
    private String partnerName;
    private Long partnerId;
    private List<TariffRow> history = List.of();
    private TariffForm form;

    @PostConstruct
    void open() {
        choices = partners.all().stream().map(PartnerChoice::of).toList();
        form = new TariffForm(BusinessYear.current());
    }

    /** The chosen partner's history, and the form set to revise the current year (or start it). */
    public void show() {
        Partner chosen = partner == null || partner.isBlank() ? null
                : partners.byClientId(partner).or(() -> partners.byIdentifier(partner)).orElse(null);
        if (chosen == null) {
            history = List.of();
            partnerName = null;
            partnerId = null;
            return;
        }
        partner = chosen.clientId();
        partnerName = chosen.name();
        partnerId = chosen.id();
        history = tariffs.history(partnerId).stream().map(TariffRow::of).toList();
        edit(form == null ? BusinessYear.current() : form.getYear());
    }

    /** Fills the form with the prices of {@code year}, or leaves it blank for a year without a tariff yet. */
    public void edit(int year) {
        form = (partnerId == null ? Optional.<Tariff>empty()
                : tariffs.ofYear(partnerId, year)).map(TariffForm::of).orElseGet(() -> new TariffForm(year));
    }

    public void save() {
        int year = form.getYear();
        Tariff saved = actions.perform("tarif.modifier", partner + "/" + year, () -> tariffs.set(partner, year,
                        form.postagePrice(), form.productionPrice(), form.lines(), staff.name()),
                "Le tarif " + year + " de " + partnerName + " est enregistré.");
        if (saved != null) {
            show();
        }
    }

    public List<PartnerChoice> getChoices() {
        return choices;
    }

    public List<SendingType> getSendingTypes() {
        return List.of(SendingType.values());
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public boolean isChosen() {
        return partnerName != null;
    }

    public List<TariffRow> getHistory() {
        return history;
    }

    public TariffForm getForm() {
        return form;
    }
}
