/**
 * Letter templates ("maquettes", convention §3): the sample letters a partner submits before going to production,
 * checked against the print charter as soon as they arrive, then validated or refused by an administrator with a
 * comment. A validated template is one of the conditions of a production habilitation.
 */
package fr.imprimfip.template;
