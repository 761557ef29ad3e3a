-- A partner's application is identified by its certificate's issuer, subject and thumbprint (SHA-256, base64url):
-- another certificate with the same names (re-issued, or forged by a CA) is refused. Credentials registered by
-- subject only keep the first certificate their application presents.

alter table partner_credential add column certificate_issuer varchar(500);
alter table partner_credential add column certificate_thumbprint varchar(64);
