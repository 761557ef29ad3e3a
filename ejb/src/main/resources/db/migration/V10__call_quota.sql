-- The call quota (CGU: 500 calls a minute per partner unless its convention says otherwise), counted in fixed
-- windows shared by every node: one row per partner holding the current window and its count.

alter table partner add column calls_per_minute integer;

create table call_quota (
    partner_id    bigint primary key references partner (id),
    window_start  timestamp with time zone not null,
    calls         integer not null
);
