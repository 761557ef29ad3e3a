package fr.imprimfip.billing;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.imprimfip.partner.Tariffs;
import fr.imprimfip.partner.UnitPrice;
import fr.imprimfip.shared.ServiceEnvironment;

/** What a partner's plis cost, computed by the billing itself so that a price and a statement never disagree. */
@Stateless
public class Prices {

    @Inject
    private Tariffs tariffs;

    @Inject
    private BillingService billing;

    /**
     * The prices of the partner's plis of {@code year} in {@code environment}; none without a tariff for the year.
     * The sandbox's plis are priced as in production but never billed: always estimated.
     */
    public Optional<YearPrices> of(long partnerId, ServiceEnvironment environment, int year) {
        return tariffs.ofYear(partnerId, year).map(tariff -> new YearPrices(tariff,
                environment == ServiceEnvironment.PRODUCTION
                        ? billing.statement(partnerId, year).filter(Statement::issued).orElse(null) : null));
    }

    /**
     * The partner's plis of {@code year} in {@code environment}, per month and sending type: in production once
     * the year's statement is issued, the statement's lines; otherwise the billing's count and prices of now.
     */
    public Consumption consumption(long partnerId, ServiceEnvironment environment, int year) {
        if (environment == ServiceEnvironment.PRODUCTION) {
            Optional<Statement> issued = billing.statement(partnerId, year).filter(Statement::issued);
            if (issued.isPresent()) {
                Statement statement = issued.get();
                return new Consumption(environment, PriceBasis.BILLED, statement, new StatementFigures(partnerId,
                        year, statement.lines(), new UnitPrice(statement.postagePerPli()),
                        new UnitPrice(statement.productionPerPli())));
            }
        }
        StatementFigures figures = billing.figures(partnerId, environment, year)
                .orElseThrow(() -> new NoTariffException(year));
        return new Consumption(environment, PriceBasis.ESTIMATED, null, figures);
    }
}
