/**
 * The admin door (realm role {@code admin}, HTTPS only): partners and their conventions, credentials and application
 * users, letter templates to review, security incidents, maintenance windows and production cut-offs, retention
 * runs and destruction certificates, the audit trail, the register of processing activities, the administrator's
 * view of deposits and late letters, notifications, and the metrics a monitoring system scrapes (production,
 * analysis, storage) in the Prometheus text format.
 */
package fr.imprimfip.web.admin;
