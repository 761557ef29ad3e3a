/**
 * Access control of the partner doors (CGU §4, §8): maintenance windows (nightly and announced), who the caller is
 * (technical identifier to registered partner, called from an address the partner declared, partner allowed to use
 * the service now) and the call quota shared by every node.
 */
package fr.imprimfip.access;
