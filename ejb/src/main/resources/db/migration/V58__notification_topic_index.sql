-- Administrators (and the on-call's checks) read an alert's notifications by their topic, most recent first.
create index notification_topic_idx on notification (topic, created_at);
