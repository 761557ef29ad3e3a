package fr.imprimfip.partner;

/**
 * What the partner has done on the way to production, as the other capabilities recorded it: files deposited in
 * the sandbox, letter templates validated. Those capabilities depend on partners, not the other way round, so they
 * answer through this interface.
 */
public interface OnboardingEvidence {

    long sandboxDeposits(long partnerId);

    boolean hasValidatedTemplate(long partnerId);
}
