-- Demo data set (demo profile only): a range of registered numbers for the default print centre, so that the
-- demo and the test servers can print registered letters. In production, ranges are granted by La Poste and
-- recorded by administrators (console or POST /admin/registered-number-ranges); this one exists nowhere else.

insert into registered_number_range (print_centre, service_indicator, country, first_serial, last_serial,
                                     next_serial, recorded_by, recorded_at, version)
select 'CE-PRINCIPAL', 'RR', 'FR', 10000000, 19999999, 10000000, 'démonstration', current_timestamp, 0
where not exists (select 1 from registered_number_range where service_indicator = 'RR' and country = 'FR'
                  and first_serial = 10000000);
