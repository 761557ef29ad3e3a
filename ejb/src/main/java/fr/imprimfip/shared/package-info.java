/**
 * What every capability shares: business time (Europe/Paris through one injectable clock), the platform's
 * configuration entries (among them the retention periods), the platform's content key and cipher, the value types
 * several capabilities name (sending type, paper), and whether this node is being drained before it stops. Depends
 * on no other package of the platform.
 */
package fr.imprimfip.shared;
