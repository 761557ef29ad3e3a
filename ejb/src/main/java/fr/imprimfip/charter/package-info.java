/**
 * The print charter as code: the rules a deposited PDF must follow to be printed, enveloped and franked
 * industrially (structure, page format, fonts, the address block in the envelope window checked against the French
 * postcodes and the names of countries, the business reference that splits a file into letters), each with a
 * stable code and a French message, and the postal facts computed for each letter (sheets, weight, envelope,
 * postage class). Partners read it in docs/charter.md.
 */
package fr.imprimfip.charter;
