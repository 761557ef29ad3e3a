/** The administrators' pages: their home page and the partners' list, read from the domain services. */
package fr.imprimfip.console.admin;
