package fr.imprimfip.billing;

/**
 * What a price rests on: the year's tariff while the partner's statement of the year is not issued (the sandbox's
 * plis are never billed: always estimated), then the issued statement.
 */
public enum PriceBasis {
    ESTIMATED,
    BILLED
}
