/**
 * Records every call of the platform's doors in the audit trail: an Undertow handler wraps each exchange (so that
 * refusals of the container's security and the maintenance gate are recorded too), and the JAX-RS layer notes on
 * the request who the caller was, what operation it called on which target, and why a call was refused.
 */
package fr.imprimfip.web.audit;
