-- Every call appends an audit event: each index on the trail costs every call. The purge finds where a chain's
-- kept events start by walking the chain in order (its unique index), which a nightly purge does over a day's
-- events only; the index by chain and time is not worth its price.

drop index audit_event_chain_time_idx;
