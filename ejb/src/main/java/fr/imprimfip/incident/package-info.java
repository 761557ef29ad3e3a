/**
 * Security incidents (convention §9 and its data-protection annex): each incident's phases from the immediate
 * response to its closure on a verification note, the partners it concerns (who may be isolated at once), and, for
 * a personal-data breach, its notice to each partner concerned within 48 hours (annex clause 10.1), in stages, sent
 * by e-mail with its PDF, and the list of the letters concerned for the partner's own communication (10.2).
 */
package fr.imprimfip.incident;
