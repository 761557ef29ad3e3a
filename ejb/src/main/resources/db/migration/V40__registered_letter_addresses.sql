-- A registered letter's recipient address and return address (personal data), sealed with the content key as
-- Base64 text; emptied with the file's content when the retention period ends.

alter table deposit add column registered_addresses varchar(4000);

-- Its registered number (UPU S10, 13 characters), allocated when the letter enters a print lot, never twice.
alter table deposit_document add column registered_number varchar(13);
create unique index deposit_document_registered_number on deposit_document (registered_number);
