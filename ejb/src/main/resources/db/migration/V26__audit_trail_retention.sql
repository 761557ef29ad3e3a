-- The audit trail is kept one year (DESIGN §9). Its purge destroys the oldest events of a chain and records where
-- the chain now starts: the first number left and the hash of the last event destroyed, which the first event
-- left must follow. Each move of an anchor is attested by an event appended to the chain itself, so that moving an
-- anchor by hand (to hide recent events) is found by verification.

create table audit_chain_anchor (
    chain_id       varchar(100) primary key,
    first_seq      bigint not null,
    previous_hash  varchar(64) not null,
    moved_at       timestamp with time zone not null
);

create index audit_event_chain_time_idx on audit_event (chain_id, occurred_at);
