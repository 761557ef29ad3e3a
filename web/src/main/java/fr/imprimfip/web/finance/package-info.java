/** The finance door (realm role {@code finance}, or {@code admin}): billing runs and statements. */
package fr.imprimfip.web.finance;
