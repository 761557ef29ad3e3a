/**
 * Annual billing (CGU §7): the number of plis each partner deposited in production in a year, priced with the
 * partner's tariff of that year (postage + production), as draft then issued statements.
 */
package fr.imprimfip.billing;
