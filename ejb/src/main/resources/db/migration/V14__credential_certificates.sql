-- Each technical identifier is tied to the certificate its application presents (CGU §4: the technical identifier
-- and the certificate must match): the certificate's subject, as registered for the credential. A credential
-- without a registered certificate cannot be used.

alter table partner_credential add column certificate_subject varchar(500);
