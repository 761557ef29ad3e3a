package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.TokenClaims;

/**
 * The platform's Keycloak registrar ({@code imprimfip-registrar}, authenticated by its certificate as the platform
 * is) registers partners' clients with the {@code partner} role and nothing else: Keycloak itself refuses it every
 * way of giving a client the {@code admin}, {@code finance} or {@code editique} role, and every change to a client
 * it did not register (the console's, the print centre's, a demo partner's).
 */
class RegistrarPrivilegesIT {

    private static final String REALM = Keycloak.MTLS_URL + "/realms/imprimfip";
    private static final String ADMIN_API = Keycloak.MTLS_URL + "/admin/realms/imprimfip";
    private static final String REGISTRATION = REALM + "/clients-registrations/default";
    private static final String SUBJECT = "CN=onboarding-test,O=Onboarding test administration,C=FR";

    /** Identifiers fixed by the realm file (wildfly-config/keycloak/imprimfip-realm.json). */
    private static final String STAFF_CLI_CLIENT = "85f8f6a2-a25c-4ae9-99bd-80247871ea46";
    private static final String STAFF_CONSOLE_CLIENT = "5d0c7a52-3b8e-4f5e-9a51-7c1f2e6b9d40";
    private static final String PRINT_CENTRE_CLIENT = "f50327ed-b189-478e-b219-aca73aa452be";
    private static final String DEMO_PARTNER_CLIENT = "b51c5031-fbf0-4419-bee6-838a895e5ff5";
    private static final String DEMO_PARTNER_SERVICE_ACCOUNT = "69226ea7-13f2-482d-ad18-0ae67185647d";
    private static final String PARTNER_ROLE = "a6e13c22-0f9d-4249-903d-3a97396b5061";
    private static final String PARTNER_SCOPE = "2d1f5a0e-7c3b-4e8a-9f61-5b0c2a7d9e11";
    private static final List<Role> STAFF_AND_PRINT_CENTRE = List.of(
            new Role("4c3f57a7-42b1-43d2-99e6-b6cf15c19205", "admin"),
            new Role("eb78b5bd-3e5a-40d8-879c-3423dfd6f065", "finance"),
            new Role("a9c85162-70e5-47c3-b488-9a61ca5acaac", "editique"));

    private static String registrar;

    record Role(String id, String name) {
        String json() {
            return "[{\"id\": \"" + id + "\", \"name\": \"" + name + "\"}]";
        }
    }

    @BeforeAll
    static void registrarToken() {
        registrar = Keycloak.partnerTokenPresenting("imprimfip-registrar", "registrar");
    }

    @Test
    void registersAPartnerClientWhoseTokensCarryThePartnerRoleOnly() {
        String clientId = "regtest-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("POST", REGISTRATION, registrar, partnerClient(clientId, null));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject client = json(created.body());
        String registrationToken = client.getString("registrationAccessToken");

        TokenClaims.assertOnlyWhatTheApiReads(Keycloak.partnerTokenPresenting(clientId, "onboarding-test"), "partner");

        for (Role role : STAFF_AND_PRINT_CENTRE) {
            HttpResponse<String> escalated = call("PUT", REGISTRATION + "/" + clientId, registrationToken,
                    partnerClient(clientId, hardcodedRole(role.name())));
            assertEquals(403, escalated.statusCode(), "its registration token adds no " + role.name()
                    + " role mapper: " + escalated.body());
        }
        String internalId = client.getString("id");
        assertEquals(403, call("POST", ADMIN_API + "/clients/" + internalId + "/protocol-mappers/models", registrar,
                hardcodedRole("admin").substring(1, hardcodedRole("admin").length() - 1)).statusCode(),
                "the admin API is closed to the registrar, even for the clients it registered");
        assertEquals(403, call("GET", ADMIN_API + "/clients/" + internalId + "/service-account-user", registrar,
                null).statusCode());
        TokenClaims.assertOnlyWhatTheApiReads(Keycloak.partnerTokenPresenting(clientId, "onboarding-test"), "partner");

        HttpResponse<String> renewed = call("PUT", REGISTRATION + "/" + clientId, registrationToken,
                partnerClient(clientId, null));
        assertEquals(200, renewed.statusCode(), "the client's own token changes it: " + renewed.body());
        String next = json(renewed.body()).getString("registrationAccessToken");
        assertEquals(204, call("DELETE", REGISTRATION + "/" + clientId, next, null).statusCode());
    }

    @Test
    void keycloakRefusesTheRegistrarEveryWayOfGivingTheStaffOrPrintCentreRoles() {
        for (Role role : STAFF_AND_PRINT_CENTRE) {
            String clientId = "regtest-" + UUID.randomUUID().toString().substring(0, 8);
            assertRefused(call("POST", REGISTRATION, registrar, partnerClient(clientId, hardcodedRole(role.name()))),
                    "a new client with a " + role.name() + " role mapper");
            assertRefused(call("POST", ADMIN_API + "/users/" + DEMO_PARTNER_SERVICE_ACCOUNT
                    + "/role-mappings/realm", registrar, role.json()), role.name() + " mapped to a service account");
            assertRefused(call("POST", ADMIN_API + "/roles-by-id/" + PARTNER_ROLE + "/composites", registrar,
                    role.json()), role.name() + " made part of the partner role");
            assertRefused(call("POST", ADMIN_API + "/clients/" + DEMO_PARTNER_CLIENT + "/scope-mappings/realm",
                    registrar, role.json()), role.name() + " in a client's scope");
            String mapper = hardcodedRole(role.name());
            assertRefused(call("POST", ADMIN_API + "/client-scopes/" + PARTNER_SCOPE + "/protocol-mappers/models",
                    registrar, mapper.substring(1, mapper.length() - 1)), role.name() + " in the partner scope");
            assertRefused(call("POST", ADMIN_API + "/clients/" + DEMO_PARTNER_CLIENT + "/protocol-mappers/models",
                    registrar, mapper.substring(1, mapper.length() - 1)), role.name() + " mapper on a partner client");
        }
        String clientId = "regtest-" + UUID.randomUUID().toString().substring(0, 8);
        assertRefused(call("POST", REGISTRATION, registrar, partnerClient(clientId, "[{\"name\": \"roles\","
                + " \"protocol\": \"openid-connect\", \"protocolMapper\": \"oidc-hardcoded-claim-mapper\", \"config\":"
                + " {\"claim.name\": \"realm_access.roles\", \"claim.value\": \"[\\\"admin\\\"]\","
                + " \"jsonType.label\": \"JSON\", \"access.token.claim\": \"true\"}}]")), "a claim written by hand");
        assertRefused(call("POST", REGISTRATION, registrar, partnerClient(clientId, null)
                .replace("\"roles\", \"imprimfip-partner\"", "\"roles\", \"imprimfip-partner\", \"service_account\"")),
                "a scope outside the allowed ones");
        assertRefused(call("POST", ADMIN_API + "/clients", registrar, partnerClient(clientId, null)),
                "a client created through the admin API");
    }

    @Test
    void keycloakRefusesTheRegistrarAnyChangeToTheStaffClientsOrThePrintCentre() {
        for (String client : List.of(STAFF_CLI_CLIENT, STAFF_CONSOLE_CLIENT, PRINT_CENTRE_CLIENT)) {
            assertRefused(call("PUT", ADMIN_API + "/clients/" + client, registrar,
                    "{\"id\": \"" + client + "\", \"directAccessGrantsEnabled\": true}"), "admin API update");
            assertRefused(call("GET", ADMIN_API + "/clients/" + client, registrar, null), "admin API read");
        }
        for (String clientId : List.of("imprimfip-staff-cli", "imprimfip-staff-console", "demo-editique")) {
            HttpResponse<String> update = call("PUT", REGISTRATION + "/" + clientId, registrar,
                    "{\"clientId\": \"" + clientId + "\", \"enabled\": false}");
            assertRefused(update, "registration update of " + clientId);
            assertRefused(call("DELETE", REGISTRATION + "/" + clientId, registrar, null), "deletion of " + clientId);
            HttpResponse<String> takeOver = call("POST", REGISTRATION, registrar, partnerClient(clientId, null));
            assertEquals(400, takeOver.statusCode(), "the client id is in use, nothing changes: " + takeOver.body());
        }
        TokenClaims.assertOnlyWhatTheApiReads(Keycloak.printCentreToken(), "editique");
    }

    private static void assertRefused(HttpResponse<String> answer, String what) {
        assertFalse(answer.statusCode() < 400, what + " accepted: " + answer.statusCode() + " " + answer.body());
        assertEquals(403, answer.statusCode(), what + ": " + answer.body());
    }

    private static String hardcodedRole(String role) {
        return "[{\"name\": \"" + role + " role\", \"protocol\": \"openid-connect\", \"protocolMapper\":"
                + " \"oidc-hardcoded-role-mapper\", \"config\": {\"role\": \"" + role + "\"}}]";
    }

    /** A partner's client as the platform registers it, with {@code mappers} (a JSON array) when not null. */
    private static String partnerClient(String clientId, String mappers) {
        return "{\"clientId\": \"" + clientId + "\", \"name\": \"Registrar test\", \"enabled\": true,"
                + " \"protocol\": \"openid-connect\", \"clientAuthenticatorType\": \"client-x509\","
                + " \"publicClient\": false, \"serviceAccountsEnabled\": true, \"standardFlowEnabled\": false,"
                + " \"directAccessGrantsEnabled\": false, \"fullScopeAllowed\": false,"
                + " \"defaultClientScopes\": [\"basic\", \"roles\", \"imprimfip-partner\"], \"optionalClientScopes\": [],"
                + " \"attributes\": {\"imprimfip.partner\": \"regtest\", \"x509.subjectdn\": \"" + SUBJECT + "\","
                + " \"x509.allow.regex.pattern.comparison\": \"false\","
                + " \"tls.client.certificate.bound.access.tokens\": \"true\"}"
                + (mappers == null ? "" : ", \"protocolMappers\": " + mappers) + "}";
    }

    private static HttpResponse<String> call(String method, String url, String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearer)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return DemoPki.client("registrar").send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
