-- Production: at each cut-off, pending production letters are grouped into print lots (same paper, envelope,
-- sending type and postage class); each lot gets a print-ready file and a manifest, and the print centre's
-- feedback moves the lot and its letters (printed, enveloped, handed to La Poste, error, delivery events).

create sequence print_lot_seq start with 1 increment by 1;

create table print_lot (
    id                      bigint primary key,
    reference               varchar(40) not null,
    paper                   varchar(30) not null,
    envelope_format         varchar(10) not null,
    sending_type            varchar(10) not null,
    postage_class           varchar(10) not null,
    status                  varchar(20) not null,
    letter_count            integer not null,
    sheet_count             integer not null,
    created_at              timestamp with time zone not null,
    composition_claimed_at  timestamp with time zone,
    composition_attempts    integer not null,
    composed_at             timestamp with time zone,
    print_pages             integer,
    storage_key             varchar(255),
    size_bytes              bigint,
    sha256                  varchar(64),
    print_file_expires_at   timestamp with time zone,
    print_file_purged_at    timestamp with time zone,
    status_at               timestamp with time zone not null,
    status_message          varchar(1000),
    version                 bigint not null,
    constraint print_lot_reference_uk unique (reference)
);
create index print_lot_status_idx on print_lot (status, id);
create index print_lot_print_file_expiry_idx on print_lot (print_file_expires_at);

alter table deposit_document add column print_lot_id bigint;
alter table deposit_document add column lot_sequence integer;
alter table deposit_document add column production_step varchar(20);
alter table deposit_document add column print_page integer;
alter table deposit_document add constraint document_print_lot_fk foreign key (print_lot_id) references print_lot (id);
create unique index document_lot_sequence_uk on deposit_document (print_lot_id, lot_sequence);
create index document_status_idx on deposit_document (status, deposit_id);

alter table document_status_change add column production_step varchar(20);

-- One row, locked by whoever builds lots, so that two nodes reaching the same cut-off never share out the same
-- letters twice.
create table production_cutoff (
    id               integer primary key,
    last_cutoff_at   timestamp with time zone
);
insert into production_cutoff (id, last_cutoff_at) values (1, null);
