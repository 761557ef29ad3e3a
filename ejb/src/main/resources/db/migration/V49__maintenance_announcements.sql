-- Maintenance windows and changes announced in writing and in time (terms of use §9.3, §11, §12): what is announced
-- (a maintenance or a change of the service), its urgency (nominal: 14 working days' notice, urgent: 7), why an
-- administrator gave less notice than that, and the reminder partners are sent the day before.

alter table maintenance_window add column kind varchar(20) default 'MAINTENANCE' not null;
alter table maintenance_window add column urgency varchar(10) default 'NOMINAL' not null;
alter table maintenance_window add column short_notice_justification varchar(500);
alter table maintenance_window add column reminder_due_at timestamp with time zone;
alter table maintenance_window add column reminder_sent_at timestamp with time zone;
create index maintenance_window_reminder_idx on maintenance_window (reminder_due_at);
