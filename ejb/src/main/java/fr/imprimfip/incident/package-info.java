/**
 * Security incidents (convention §9 and its data-protection annex): each incident's phases from the immediate
 * response to its closure on a verification note, the partners it concerns (who may be isolated at once), and, for
 * a personal-data breach, the 48-hour deadline to notify the supervisory authority.
 */
package fr.imprimfip.incident;
