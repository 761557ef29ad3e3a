/**
 * Production of letters: from "En attente de traitement" to "Expédié" (and delivery events for registered mail).
 * For now it holds the sandbox's simulated production and the list of letters late against the 2-day commitment;
 * print lots and the print-centre feedback come next.
 */
package fr.imprimfip.production;
