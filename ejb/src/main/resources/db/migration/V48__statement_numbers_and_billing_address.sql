-- Official statements: the partner's billing address (set by finance), a statement number unique per year given at
-- issue from a counter per year, and the partner's name, SIRET and billing address as they were on the issue day.

alter table partner add column billing_street varchar(160);
alter table partner add column billing_postcode varchar(5);
alter table partner add column billing_city varchar(38);

alter table statement add column statement_number varchar(20);
alter table statement add column billed_name varchar(200);
alter table statement add column billed_siret varchar(14);
alter table statement add column billing_street varchar(160);
alter table statement add column billing_postcode varchar(5);
alter table statement add column billing_city varchar(38);
alter table statement add constraint statement_number_uk unique (statement_number);

create table statement_number_counter (
    billing_year  integer not null primary key,
    last_number   bigint not null,
    version       bigint not null
);
