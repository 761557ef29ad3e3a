-- Scheduled work every node's timer fires but only one node must do: the first node to record the run does it.
create table scheduled_run (
    job         varchar(50) not null,
    run_key     varchar(30) not null,
    claimed_at  timestamp with time zone not null,
    claimed_by  varchar(100) not null,
    constraint scheduled_run_pk primary key (job, run_key)
);

-- Notifications to the platform's own staff (the January billing reminder) concern no partner.
alter table notification alter column partner_id drop not null;
