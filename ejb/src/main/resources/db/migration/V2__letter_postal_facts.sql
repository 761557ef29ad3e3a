-- What the analysis computes for each letter: sheets (duplex), weight with its envelope, envelope format, postage
-- class, first page in the file, and a warning the partner should read. Two letters of a file may carry the same
-- business reference (both are then in error), so a letter is identified by its position in the file.

alter table deposit_document add column first_page integer default 1 not null;
alter table deposit_document add column sheet_count integer default 0 not null;
alter table deposit_document add column weight_grams integer default 0 not null;
alter table deposit_document add column envelope_format varchar(10) default 'DL' not null;
alter table deposit_document add column postage_class varchar(10) default '' not null;
alter table deposit_document add column warning_message varchar(1000);

alter table deposit_document drop constraint document_deposit_ref_uk;
create unique index document_deposit_position_uk on deposit_document (deposit_id, position_in_file);
create index document_deposit_ref_idx on deposit_document (deposit_id, business_ref);
