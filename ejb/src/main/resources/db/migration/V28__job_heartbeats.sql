-- Which node runs each job execution and when it last showed signs of life (at its start and between chunks):
-- a run left STARTED by a node that died may be restarted; one still alive on another node may not.

create table job_heartbeat (
    execution_id  bigint primary key,
    node          varchar(100) not null,
    beat_at       timestamp with time zone not null
);
