-- Demo data set (demo profile only): two demo partners matching the demo clients of the Keycloak realm (the first
-- with a sandbox client too), with tariffs for last year, this year and next year. Idempotent: applied again
-- whenever this file changes.

insert into partner (client_id, name, siret, status, created_at, version)
select 'demo-partner', 'Direction départementale de démonstration', '11000000000001', 'ACTIVE', current_timestamp, 0
where not exists (select 1 from partner where client_id = 'demo-partner');

insert into partner (client_id, name, siret, status, created_at, version)
select 'demo-partner-b', 'Autre administration de démonstration', '11000000000002', 'ACTIVE', current_timestamp, 0
where not exists (select 1 from partner where client_id = 'demo-partner-b');

insert into tariff (partner_id, tariff_year, postage_per_pli, production_per_pli, version)
select p.id, y.tariff_year, y.postage, y.production, 0
from partner p
cross join (select extract(year from current_date) - 1 as tariff_year, 1.2900 as postage, 0.1850 as production
            union all select extract(year from current_date), 1.3900, 0.1925
            union all select extract(year from current_date) + 1, 1.4500, 0.1990) y
where p.client_id in ('demo-partner', 'demo-partner-b')
  and not exists (select 1 from tariff t where t.partner_id = p.id and t.tariff_year = y.tariff_year);

insert into partner_credential (partner_id, client_id, environment)
select p.id, p.client_id, 'PRODUCTION' from partner p
where p.client_id in ('demo-partner', 'demo-partner-b')
  and not exists (select 1 from partner_credential c where c.client_id = p.client_id);

insert into partner_credential (partner_id, client_id, environment)
select p.id, 'demo-partner-sandbox', 'SANDBOX' from partner p
where p.client_id = 'demo-partner'
  and not exists (select 1 from partner_credential c where c.client_id = 'demo-partner-sandbox');

-- The demo partners call from this machine only.
insert into partner_ip_range (partner_id, cidr)
select p.id, r.cidr from partner p
cross join (select '127.0.0.0/8' as cidr union all select '::1/128') r
where p.client_id in ('demo-partner', 'demo-partner-b')
  and not exists (select 1 from partner_ip_range x where x.partner_id = p.id and x.cidr = r.cidr);

-- The demo partners hold habilitations for both environments and a security attestation (demo dates).
insert into partner_habilitation (partner_id, environment, valid_from, valid_until, may_deposit, may_read,
                                  activated_at)
select p.id, e.environment, date '2020-01-01', null, true, true, current_timestamp from partner p
cross join (select 'PRODUCTION' as environment union all select 'SANDBOX') e
where p.client_id in ('demo-partner', 'demo-partner-b')
  and not exists (select 1 from partner_habilitation h where h.partner_id = p.id and h.environment = e.environment);

update partner set attestation_kind = 'HOMOLOGATION', attestation_valid_until = date '2099-12-31'
where client_id in ('demo-partner', 'demo-partner-b') and attestation_valid_until is null;

-- The certificates of the demo PKI (scripts/demo-pki.sh) registered for the demo credentials.
update partner_credential set certificate_subject = 'CN=demo-partner,O=Demo administration,C=FR'
where client_id in ('demo-partner', 'demo-partner-sandbox') and certificate_subject is null;
update partner_credential set certificate_subject = 'CN=demo-partner-b,O=Other demo administration,C=FR'
where client_id = 'demo-partner-b' and certificate_subject is null;

-- The demo application users of the v1 contract, all with the demo password "demo-password-2026" (stored as its
-- PBKDF2-HMAC-SHA-512 hash, never in clear).
insert into partner_application_user (partner_id, username, password_hash, declared_at, password_changed_at)
select p.id, u.username,
       'pbkdf2-sha512$210000$aW1wcmltZmlwLWRlbW8tMQ$GvSnsoAJbfxG/5yg5T4yY6DwbDrv1h/UP8vlwNHwk2wmT+3IBDVggjaWg4u4cqkMetVQjcO9w4idHiEqeigTxg',
       current_timestamp, current_timestamp
from partner p
join (select 'demo-partner' as client_id, 'demo.agent' as username
      union all select 'demo-partner', 'jean.dupont'
      union all select 'demo-partner', 'jerome.barrat'
      union all select 'demo-partner-b', 'demo.agent') u on u.client_id = p.client_id
where not exists (select 1 from partner_application_user x where x.partner_id = p.id and x.username = u.username);
