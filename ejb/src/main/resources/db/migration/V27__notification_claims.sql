-- A notification being sent is claimed by its sender until this instant: an administrator's "retry now" leaves it
-- to that sender instead of making it due again (which would send it twice).

alter table notification add column claimed_until timestamp with time zone;
