-- Why a partner's access was last suspended (or otherwise changed), and since when: the administrators' record of
-- the decision. Never shown to the partner.

alter table partner add column status_reason varchar(500);
alter table partner add column status_changed_at timestamp with time zone;
