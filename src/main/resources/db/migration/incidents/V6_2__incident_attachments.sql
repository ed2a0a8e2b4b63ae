-- Attachments of a case, in the database (size-limited, type-checked), with a sharing label.
create table incident_attachment (
    id           bigserial primary key,
    incident_id  bigint not null references incident (id),
    at           timestamptz not null,
    author       text not null,
    agency       text not null,
    tlp          text not null check (tlp in ('RED', 'AMBER', 'GREEN')),
    filename     text not null,
    content_type text not null,
    size         integer not null,
    content      bytea not null
);
create index incident_attachment_incident on incident_attachment (incident_id);
