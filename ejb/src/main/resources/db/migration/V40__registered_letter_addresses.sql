-- A registered letter's recipient address and return address (personal data), sealed with the content key as
-- Base64 text; emptied with the file's content when the retention period ends.

alter table deposit add column registered_addresses varchar(4000);
