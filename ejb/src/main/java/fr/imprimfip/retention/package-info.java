/**
 * Retention (CGU §5.1, §5.2, §6.4, annex clause 4.3): how long each kind of data is kept, and the destruction of
 * what has expired.
 */
package fr.imprimfip.retention;
