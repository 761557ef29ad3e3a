/**
 * The end of a partner's service (annex clause 4.3 of the terms of use): the partner's written choice between the
 * destruction and the return of its data, the return archive (its deposits, letters, proofs and statements in open
 * formats, with a manifest and SHA-256 checksums) downloaded once, the destruction of every copy and the destruction
 * certificate sent to the partner and kept.
 */
package fr.imprimfip.endofservice;
