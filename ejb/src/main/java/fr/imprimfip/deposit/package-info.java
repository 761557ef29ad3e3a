/**
 * Deposits ("dépôts de fichiers"): receiving a partner's PDF file under a unique technical reference, storing its
 * content, analysing it asynchronously and durably into documents ("plis"), and the status of the file and of
 * each document with every transition kept.
 */
package fr.imprimfip.deposit;
