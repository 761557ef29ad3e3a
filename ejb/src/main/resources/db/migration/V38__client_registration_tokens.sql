-- Keycloak's registration access token of each OAuth client the platform registered, encrypted with the content
-- key: the platform changes (renews the certificate of, disables) only the clients it holds this token for.

alter table partner_credential add column registration_token varchar(4000);
