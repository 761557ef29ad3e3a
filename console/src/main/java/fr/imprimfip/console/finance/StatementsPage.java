package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;

/** The statements of a year, as the finance API lists them, with their total. */
@Named
@ViewScoped
public class StatementsPage implements Serializable {

    /** How many past years the year selector offers, the current one included. */
    private static final int YEARS_OFFERED = 6;

    @EJB(lookup = PlatformServices.BILLING)
    BillingService billing;

    private int currentYear;
    private int year;
    private List<StatementRow> rows;

    @PostConstruct
    void open() {
        currentYear = BusinessYear.current();
        year = currentYear;
        show();
    }

    /** The form's action: the statements of the chosen year. */
    public void show() {
        rows = billing.statements(year).stream().map(StatementRow::of).toList();
    }

    public List<Integer> years() {
        return IntStream.range(0, YEARS_OFFERED).mapToObj(i -> currentYear - i).toList();
    }

    public String total() {
        return FrenchFormats.euros(rows.stream().map(StatementRow::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<StatementRow> getRows() {
        return rows;
    }
}
