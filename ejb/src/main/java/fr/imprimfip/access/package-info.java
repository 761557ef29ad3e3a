/**
 * Access control of the partner doors (CGU §4, §8): who the caller is (technical identifier to registered
 * partner) and whether it may use the service now.
 */
package fr.imprimfip.access;
