-- When the identity provider disabled the OAuth client of a terminated convention: a client it could not reach for
-- is disabled again at each daily review until it answers.

alter table partner_credential add column disabled_in_idp_at timestamp with time zone;
