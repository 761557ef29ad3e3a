-- The storage sweep asks, a few hundred keys at a time, which stored files a committed row refers to: without
-- these indexes each question would read every deposit, annex, print lot and letter template.
create index deposit_storage_key_idx on deposit (storage_key);
create index deposit_annex_storage_key_idx on deposit_annex (storage_key);
create index print_lot_storage_key_idx on print_lot (storage_key);
create index letter_template_storage_key_idx on letter_template (storage_key);
