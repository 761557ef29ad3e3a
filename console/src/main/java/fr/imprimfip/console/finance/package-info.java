/** The finance staff's pages: their home page and the statements of a year, read from the billing service. */
package fr.imprimfip.console.finance;
