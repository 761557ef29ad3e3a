-- What comes back of a registered letter: the reference of La Poste's deposit slip ("bordereau de dépôt") it was
-- handed over with, and its scanned acknowledgement of receipt ("avis de réception"), stored encrypted like the
-- deposited files and destroyed with them.

alter table deposit_document add column deposit_slip varchar(40);
alter table deposit_document add column ar_storage_key varchar(255);
alter table deposit_document add column ar_size_bytes bigint;
alter table deposit_document add column ar_sha256 varchar(64);
alter table deposit_document add column ar_media_type varchar(20);
alter table deposit_document add column ar_received_at timestamp with time zone;
create index deposit_document_ar_storage_key_idx on deposit_document (ar_storage_key);
