-- The addresses each partner calls from (CGU §4: filtering by IP address), in CIDR notation. A partner without
-- any range is refused: nothing is open by default.

create table partner_ip_range (
    partner_id  bigint not null references partner (id),
    cidr        varchar(50) not null,
    constraint partner_ip_range_pk primary key (partner_id, cidr)
);
