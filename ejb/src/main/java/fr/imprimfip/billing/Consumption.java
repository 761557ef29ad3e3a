package fr.imprimfip.billing;

import fr.imprimfip.shared.ServiceEnvironment;

/**
 * A partner's plis of a year in one environment, per month and sending type, priced: the issued statement's lines
 * in production once the year's statement is issued (so the totals are the statement's), the year's tariff applied
 * to the plis counted so far otherwise ({@code statement} is then null).
 */
public record Consumption(ServiceEnvironment environment, PriceBasis basis, Statement statement,
                          StatementFigures figures) {
}
