-- Electronic registered letters are looked for every few seconds among the deposits (those of sending type LRE with
-- a pending letter): without this index each look would read the whole deposit table.

create index deposit_sending_type_idx on deposit (sending_type, environment, id);
