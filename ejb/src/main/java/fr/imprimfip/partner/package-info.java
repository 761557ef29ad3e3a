/**
 * Partners ("partenaires conventionnés") and their convention: identity, technical identifier (OAuth client),
 * lifecycle status and the yearly tariff of the financial agreement.
 */
package fr.imprimfip.partner;
