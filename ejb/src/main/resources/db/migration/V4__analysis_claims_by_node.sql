-- Which server node holds a file's analysis claim, and which node analysed it: a node releases its own claims
-- when it starts again after a crash, instead of waiting for them to time out.

alter table deposit add column analysis_claimed_by varchar(100);
alter table deposit add column analyzed_by varchar(100);
