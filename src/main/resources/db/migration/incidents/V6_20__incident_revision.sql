-- Optimistic locking: every change of an incident row raises its version and keeps the row as
-- it was, so a stale edit or a racing lifecycle step is refused with what changed since.
create table incident_revision (
    incident_id bigint not null references incident (id) on delete cascade,
    version     integer not null,
    data        jsonb not null,
    replaced_at timestamptz not null default now(),
    primary key (incident_id, version)
);

create function incident_revise() returns trigger language plpgsql as $$
begin
    insert into incident_revision (incident_id, version, data)
    values (old.id, old.version, to_jsonb(old) - 'version');
    new.version := old.version + 1;
    return new;
end
$$;

create trigger incident_revise before update on incident
    for each row when (old.* is distinct from new.*) execute function incident_revise();
