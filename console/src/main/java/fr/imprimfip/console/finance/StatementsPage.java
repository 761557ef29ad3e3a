package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.PlatformServices;

/** The statements of a year, as the finance API lists them, narrowed by partner and status, with their totals. */
@Named
@ViewScoped
public class StatementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many past years the year selector offers, the current one included. */
    private static final int YEARS_OFFERED = 6;

    @EJB(lookup = PlatformServices.BILLING)
    BillingService billing;

    private int year;
    private String search;
    private StatementRow.Shown shown = StatementRow.Shown.ALL;
    private List<StatementRow> all;
    private List<StatementRow> rows;

    @PostConstruct
    void open() {
        year = BusinessYear.current();
        show();
    }

    /** The form's action: the statements of the chosen year, narrowed as asked. */
    public void show() {
        all = billing.statements(year).stream().map(StatementRow::of).toList();
        rows = all.stream().filter(row -> row.matches(search, shown)).toList();
    }

    public List<Integer> years() {
        return BusinessYear.recent(YEARS_OFFERED);
    }

    public StatementRow.Shown[] statuses() {
        return StatementRow.Shown.values();
    }

    public String statusLabel(StatementRow.Shown status) {
        return switch (status) {
            case ALL -> "Tous";
            case DRAFT -> "Brouillons";
            case ISSUED -> "Émis";
        };
    }

    /** The totals of the statements shown. */
    public StatementTotals totals() {
        return StatementTotals.of(rows);
    }

    public String total() {
        return totals().total();
    }

    /** How many statements the year has, whatever the filters. */
    public int getYearCount() {
        return all.size();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public StatementRow.Shown getShown() {
        return shown;
    }

    public void setShown(StatementRow.Shown shown) {
        this.shown = shown;
    }

    public List<StatementRow> getRows() {
        return rows;
    }
}
