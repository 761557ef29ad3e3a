-- The fingerprint of each content key (HMAC-SHA256 of a fixed label under the key; never the key itself), recorded
-- the first time a node used it. A node whose key store does not hold the same keys refuses to read or write
-- stored files instead of taking every waiting file for an altered one.

create table content_key_fingerprint (
    key_id       varchar(64) primary key,
    fingerprint  varchar(64) not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(100) not null
);
