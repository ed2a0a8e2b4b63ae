-- identity: API tokens have a scope (READ: GET only; WRITE: the user's roles but ADMIN; ADMIN: all the user's
-- roles) and an expiry. Tokens made before keep their full rights and expire 90 days from this migration.
alter table api_token add column scope text not null default 'ADMIN' check (scope in ('READ', 'WRITE', 'ADMIN'));
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = now() + interval '90 days' where expires_at is null;
alter table api_token alter column expires_at set not null;
alter table api_token alter column scope set default 'READ';
