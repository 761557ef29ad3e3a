package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.billing.Statement;
import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.SendingType;

/**
 * The finance charts of a year: plis deposited in production per month and sending type (all partners, as the
 * statements count them), the statements' amounts per partner (the largest, then the rest), and the years' billed
 * amounts side by side. Each chart comes with its table.
 */
@Named
@ViewScoped
public class ChartsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_COMPARED = 6;

    @EJB(lookup = PlatformServices.BILLING)
    BillingService billing;

    @EJB(lookup = PlatformServices.DEPOSITS)
    Deposits deposits;

    private int year;
    private int top = 5;
    private ChartData monthly;
    private ChartData partners;
    private ChartData years;

    @PostConstruct
    void open() {
        year = BusinessYear.current();
        show();
    }

    public void show() {
        monthly = monthly(year);
        List<Statement> statements = billing.statements(year);
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        statements.forEach(statement -> amounts.merge(statement.partner().name(), statement.totalAmount(),
                BigDecimal::add));
        partners = ChartData.topAndOthers(amounts, top, "Montant du relevé " + year);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        for (int shown = year - YEARS_COMPARED + 1; shown <= year; shown++) {
            labels.add(Integer.toString(shown));
            List<Statement> ofYear = shown == year ? statements : billing.statements(shown);
            totals.add(ofYear.stream().map(Statement::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        years = new ChartData(labels, List.of(new ChartData.Series("Montant total des relevés", totals)),
                ChartData.Unit.EUROS);
    }

    private ChartData monthly(int shown) {
        Map<SendingType, List<BigDecimal>> byType = new LinkedHashMap<>();
        for (SendingType type : SendingType.values()) {
            byType.put(type, new ArrayList<>());
        }
        List<String> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Instant from = BusinessCalendar.startOfMonth(shown, month);
            Instant to = month == 12 ? BusinessCalendar.endOfYear(shown) : BusinessCalendar.startOfMonth(shown, month + 1);
            Map<SendingType, Long> plis = deposits.productionPlisBetween(from, to);
            byType.forEach((type, values) -> values.add(BigDecimal.valueOf(plis.getOrDefault(type, 0L))));
            months.add(StatementLineRow.monthName(month));
        }
        return new ChartData(months, byType.entrySet().stream()
                .map(entry -> new ChartData.Series(entry.getKey().label(), entry.getValue())).toList(),
                ChartData.Unit.PLIS);
    }

    public List<Integer> years() {
        return BusinessYear.recent(YEARS_COMPARED);
    }

    public List<Integer> tops() {
        return List.of(3, 5, 10, 20);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getTop() {
        return top;
    }

    public void setTop(int top) {
        this.top = top;
    }

    public ChartData getMonthly() {
        return monthly;
    }

    public ChartData getPartners() {
        return partners;
    }

    public ChartData getYears() {
        return years;
    }
}
