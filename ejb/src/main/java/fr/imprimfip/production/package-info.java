/**
 * Production of letters, from "En attente de traitement" to "Expédié" (and the delivery of registered mail): the
 * cut-offs that gather pending production letters into print lots, the print-ready file and manifest of each lot,
 * the print centre's feedback, the 2-day commitment (late letters, metrics), the outcomes of registered letters
 * per partner and month and their proofs for the partner, the sandbox's simulated production
 * and, in the demo profile only, a simulated print centre.
 */
package fr.imprimfip.production;
