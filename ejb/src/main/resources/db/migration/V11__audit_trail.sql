-- The audit trail (CGU §5.2, §8): one event per partner call, staff action and batch step, append-only and
-- hash-chained. Each server node appends to its own chain (no lock shared between nodes); an event's hash covers
-- its fields and the previous event's hash, so any later change, insertion or deletion breaks the chain. The
-- head of each chain records its last event, so that removing the newest events is detected too.

create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id                  bigint primary key,
    chain_id            varchar(100) not null,
    chain_seq           bigint not null,
    occurred_at         timestamp with time zone not null,
    actor_kind          varchar(20) not null,
    actor               varchar(200) not null,
    certificate_sha256  varchar(64),
    ip                  varchar(45),
    correlation_id      varchar(64),
    operation           varchar(200) not null,
    target              varchar(255),
    outcome             varchar(20) not null,
    http_status         integer,
    reason              varchar(500),
    duration_ms         bigint,
    previous_hash       varchar(64) not null,
    hash                varchar(64) not null,
    constraint audit_event_chain_seq_uk unique (chain_id, chain_seq)
);
create index audit_event_time_idx on audit_event (occurred_at);

create table audit_chain (
    chain_id    varchar(100) primary key,
    last_seq    bigint not null,
    last_hash   varchar(64) not null
);
