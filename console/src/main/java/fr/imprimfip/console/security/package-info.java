/**
 * Sign-in and sign-out through Keycloak (WildFly's OIDC client, configured by {@code WEB-INF/oidc.json}), the staff
 * member behind a request, and the security headers of every response.
 */
package fr.imprimfip.console.security;
