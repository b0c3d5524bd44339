-- When an account's password was last set: sessions signed in before it are ended.
alter table user_account add column password_changed_at timestamp with time zone;
update user_account set password_changed_at = created_at;
alter table user_account alter column password_changed_at set not null;
