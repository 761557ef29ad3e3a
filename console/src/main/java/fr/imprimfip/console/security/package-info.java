/**
 * Sign-in and sign-out through Keycloak (WildFly's OIDC client, configured by {@code WEB-INF/oidc.json}), the staff
 * member behind a request, the security headers of every response and the correlation id of its log lines.
 */
package fr.imprimfip.console.security;
