-- Tariffs: the prices of the sending types that differ from the year's base prices, and who set the year's
-- version when.

create table tariff_line (
    tariff_id           bigint not null references tariff (id),
    sending_type        varchar(10) not null,
    postage_per_pli     numeric(12, 4) not null,
    production_per_pli  numeric(12, 4) not null,
    constraint tariff_line_pk primary key (tariff_id, sending_type)
);

alter table tariff add column set_at timestamp with time zone;
alter table tariff add column set_by varchar(100);
alter table tariff add column version bigint;
update tariff set version = 0;
alter table tariff alter column version set not null;
