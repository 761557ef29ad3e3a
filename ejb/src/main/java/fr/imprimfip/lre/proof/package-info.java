/**
 * The proofs of electronic registered letters (LRE): for each step of a letter (deposit, notification of the
 * recipient, acceptance, refusal, neglect, undeliverable notification), a one-page PDF in French that the platform
 * signs with its own key as a PAdES baseline B signature, so that any PDF reader can check its origin and integrity.
 * The package knows only the facts it is given ({@link fr.imprimfip.lre.proof.ProofFacts}), never the letters
 * themselves: the delivery records them and asks for the proofs.
 */
package fr.imprimfip.lre.proof;
