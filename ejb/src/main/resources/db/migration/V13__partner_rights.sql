-- A partner's rights for the period (CGU §4): a habilitation per environment (DataPass), valid between two dates
-- and granting deposits and/or reading, and a security attestation valid until a date. No habilitation, no access.

create table partner_habilitation (
    partner_id   bigint not null references partner (id),
    environment  varchar(20) not null,
    valid_from   date not null,
    valid_until  date,
    may_deposit  boolean not null,
    may_read     boolean not null,
    constraint partner_habilitation_pk primary key (partner_id, environment)
);

alter table partner add column attestation_valid_until date;
