-- Statements in detail: a line per month (Paris time) and sending type, each amount rounded on its line; who
-- issued a statement.

create table statement_line (
    statement_id        bigint not null references statement (id),
    billing_month       integer not null,
    sending_type        varchar(10) not null,
    pli_count           bigint not null,
    postage_per_pli     numeric(12, 4) not null,
    production_per_pli  numeric(12, 4) not null,
    postage_amount      numeric(14, 2) not null,
    production_amount   numeric(14, 2) not null,
    constraint statement_line_pk primary key (statement_id, billing_month, sending_type)
);

alter table statement add column issued_by varchar(100);
