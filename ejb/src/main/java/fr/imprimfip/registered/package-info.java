/**
 * Registered mail with acknowledgement of receipt (LRAR): the recipient's and the return addresses a registered
 * letter carries (sealed with the content key, personal data), its registered number (UPU S10) and the ranges
 * administrators record per print centre, the registered-mail form, and the proofs the partner downloads: the proof
 * of deposit and the scanned acknowledgement of receipt.
 */
package fr.imprimfip.registered;
