-- An electronic registered letter's recipient (e-mail address, type, name: personal data), sealed with the content
-- key as Base64 text; emptied with the file's content when the retention period ends.

alter table deposit add column lre_recipient varchar(2000);
