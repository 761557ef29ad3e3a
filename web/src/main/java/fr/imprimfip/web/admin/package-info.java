/** The admin door (realm role {@code admin}): retention runs and the administrator's view of deposits. */
package fr.imprimfip.web.admin;
