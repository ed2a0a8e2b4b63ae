-- Optimistic locking: every change of an enterprise row (form, API, import, signal) raises its
-- version and keeps the row as it was, so a stale edit is refused with what changed since.
alter table enterprise add column version integer not null default 0;

create table enterprise_revision (
    enterprise_id bigint not null references enterprise (id) on delete cascade,
    version       integer not null,
    data          jsonb not null,
    replaced_at   timestamptz not null default now(),
    primary key (enterprise_id, version)
);

create function enterprise_revise() returns trigger language plpgsql as $$
begin
    insert into enterprise_revision (enterprise_id, version, data)
    values (old.id, old.version, to_jsonb(old) - 'search_text' - 'updated_at' - 'created_at' - 'version');
    new.version := old.version + 1;
    return new;
end
$$;

create trigger enterprise_revise before update on enterprise
    for each row when (old.* is distinct from new.*) execute function enterprise_revise();
