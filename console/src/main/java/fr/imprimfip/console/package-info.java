/**
 * The staff console: the pages finance staff and administrators work in, signed in through Keycloak. Each page reads
 * or acts through the same EJB services as the finance and admin APIs; no business rule lives here.
 */
package fr.imprimfip.console;
