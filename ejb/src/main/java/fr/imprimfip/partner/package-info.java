/**
 * Partners ("partenaires conventionnés") and their convention: identity, technical identifiers (OAuth clients per
 * environment), lifecycle status, habilitations per environment, security attestation, declared address ranges,
 * call quota and the yearly tariff of the financial agreement. Who answers what: {@code Partners} finds them,
 * {@code Conventions} runs a convention's lifecycle, {@code PartnerCredentials} registers their OAuth clients in
 * Keycloak and their certificates, {@code Tariffs} keeps the yearly tariffs, {@code PartnerNoticeTexts} writes what
 * contacts are told, {@code ConventionReview} reviews attestations and notices each day, {@code ApplicationUsers}
 * keeps the v1 application users; {@code OnboardingEvidence} and {@code BilledYears} are what this package asks the
 * template and billing packages, which depend on it.
 */
package fr.imprimfip.partner;
