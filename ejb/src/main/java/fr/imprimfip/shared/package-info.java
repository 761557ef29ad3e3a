/**
 * What every capability shares: business time (Europe/Paris through one injectable clock) and the platform's
 * configuration entries.
 */
package fr.imprimfip.shared;
