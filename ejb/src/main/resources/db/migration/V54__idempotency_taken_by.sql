-- The node that received a request with an idempotency key: when that node starts again, the keys of its requests
-- that never finished are freed at once instead of after 5 minutes.
alter table idempotency_record add column taken_by varchar(100);
