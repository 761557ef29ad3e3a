package fr.imprimfip.partner;

/**
 * Whether a partner's year is billed (its statement issued), which fixes that year's tariff. Billing depends on
 * partners, not the other way round, so it answers through this interface.
 */
public interface BilledYears {

    boolean billed(long partnerId, int year);
}
