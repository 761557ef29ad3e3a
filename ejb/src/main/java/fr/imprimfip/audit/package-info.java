/**
 * The audit trail (CGU §5.2 and §8): what every partner call, staff action and batch step did, by whom, from where,
 * with which outcome — never a letter's content, an address, a token or a password. Append-only and hash-chained
 * per server node; verifiable by the platform and by an independent command; exportable for an investigation.
 */
package fr.imprimfip.audit;
