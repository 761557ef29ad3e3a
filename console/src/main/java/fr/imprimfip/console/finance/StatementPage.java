package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.billing.Statement;
import fr.imprimfip.billing.StatementNotFoundException;
import fr.imprimfip.console.Badge;
import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;

/**
 * One statement: its figures and lines as the finance API gives them, its PDF shown in the page, its CSV and PDF to
 * download, and its issue, confirmed first, through the same billing service as the API's.
 */
@Named
@ViewScoped
public class StatementPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ISSUE = "emettre";

    @EJB(lookup = PlatformServices.BILLING)
    BillingService billing;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private final Confirmation confirmation = new Confirmation();
    private Long id;
    private boolean found;
    private StatementSummary summary;
    private List<StatementLineRow> lines = List.of();

    /** The statement of the page's {@code id} parameter. */
    public void load() {
        found = false;
        if (id == null) {
            return;
        }
        try {
            Statement statement = billing.byId(id);
            summary = StatementSummary.of(statement);
            lines = statement.lines().stream().map(StatementLineRow::of).toList();
            found = true;
        } catch (StatementNotFoundException unknown) {
            summary = null;
            lines = List.of();
        }
    }

    public void askIssue() {
        confirmation.ask(ISSUE);
    }

    public void cancel() {
        confirmation.cancel();
    }

    /** Issues the statement once confirmed; the billing service refuses an issued or outdated one. */
    public void issue() {
        if (confirmation.confirm(ISSUE)) {
            actions.perform("releve.emettre", summary.partnerClientId() + "/" + summary.year(),
                    () -> billing.issue(id, staff.name()), "Le relevé " + summary.year() + " de "
                            + summary.partnerName() + " est émis : il ne changera plus.");
            load();
        }
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public StatementSummary getSummary() {
        return summary;
    }

    public List<StatementLineRow> getLines() {
        return lines;
    }

    /** A statement's heading figures, written for reading. */
    public record StatementSummary(long id, String partnerName, String partnerClientId, int year, String plis,
                                   String postagePerPli, String productionPerPli, String postage, String production,
                                   String total, Badge status, boolean issued, String computedAt, String issuedAt,
                                   String issuedBy) implements Serializable {

        static StatementSummary of(Statement statement) {
            return new StatementSummary(statement.id(), statement.partner().name(), statement.partner().clientId(),
                    statement.year(), FrenchFormats.count(statement.plis()),
                    UnitPrices.written(statement.postagePerPli()), UnitPrices.written(statement.productionPerPli()),
                    FrenchFormats.euros(statement.postageAmount()), FrenchFormats.euros(statement.productionAmount()),
                    FrenchFormats.euros(statement.totalAmount()), Badge.of(statement.status()), statement.issued(),
                    FrenchFormats.instant(statement.computedAt()), FrenchFormats.instant(statement.issuedAt()),
                    statement.issuedBy() == null ? "" : statement.issuedBy());
        }
    }
}
