/**
 * Partners ("partenaires conventionnés") and their convention: identity, technical identifiers (OAuth clients per
 * environment), lifecycle status, habilitations per environment, security attestation, declared address ranges,
 * call quota and the yearly tariff of the financial agreement.
 */
package fr.imprimfip.partner;
