-- Wrong passwords in a row per application user: after a few, each next attempt waits longer; after more, the
-- user is locked for a while, until the time runs out or an administrator unlocks it.
alter table partner_application_user add column failed_sign_ins integer default 0 not null;
alter table partner_application_user add column last_failed_sign_in_at timestamp with time zone;
alter table partner_application_user add column blocked_until timestamp with time zone;
