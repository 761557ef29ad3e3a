-- Onboarding and end of a convention: the contacts and recipient services of the DataPass subscription, the
-- DataPass request each habilitation grants and since when it is active (production: once activated), the
-- functional acceptance recorded in the sandbox, and the termination notice.

create table partner_contact (
    partner_id    bigint not null references partner (id),
    contact_role  varchar(30) not null,
    full_name     varchar(200) not null,
    email         varchar(254) not null,
    phone         varchar(30),
    constraint partner_contact_pk primary key (partner_id, contact_role)
);

create table partner_recipient_service (
    partner_id    bigint not null references partner (id),
    service_name  varchar(200) not null
);

create index partner_recipient_service_idx on partner_recipient_service (partner_id);

alter table partner_habilitation add column datapass_number varchar(30);
alter table partner_habilitation add column legal_basis varchar(2000);
alter table partner_habilitation add column purpose varchar(2000);
alter table partner_habilitation add column expected_volume integer;
alter table partner_habilitation add column requested_quota integer;
alter table partner_habilitation add column activated_at timestamp with time zone;

-- Habilitations recorded before activation existed were in force as granted.
update partner_habilitation set activated_at = current_timestamp;

alter table partner add column acceptance_recorded_on date;
alter table partner add column acceptance_note varchar(1000);
alter table partner add column termination_notice_given_on date;
alter table partner add column terminates_on date;
alter table partner add column data_delivery_ended_on date;

-- UNDER_TERMINATION_NOTICE did not fit.
alter table partner alter column status set data type varchar(30);
