/**
 * E-mail notifications to partners' contacts: the outbox written in the transaction of the decision being told
 * (renewal due, attestation lapsed, suspension, termination, security incident), delivered through the WildFly mail
 * session after commit, retried with back-off until delivered; what was sent and what failed, for administrators.
 */
package fr.imprimfip.notification;
