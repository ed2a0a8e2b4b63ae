-- incidents: cases at enterprises with a guarded lifecycle, a timeline and labelled notes.
create table incident (
    id                bigserial primary key,
    type              text not null,
    enterprise_id     bigint,
    tax_code          text not null,
    enterprise_name   text not null,
    unit_code         text,
    zone_code         text,
    ownership         text,
    workforce         integer,
    started_at        timestamptz not null,
    ended_at          timestamptz,
    workers_involved  integer not null,
    causes            text not null default '',
    description       text,
    spread            integer not null default 0,
    severity          text not null,
    severity_computed text not null,
    severity_reason   text,
    status            text not null,
    outcome_demands   text,
    outcome_resumed_on date,
    outcome_agreement text,
    opened_at         timestamptz not null,
    opened_by         text not null,
    opened_agency     text,
    sim_ref           text unique,
    version           integer not null default 0
);
create index incident_started on incident (started_at desc);
create index incident_area on incident (unit_code, zone_code);

-- Each lifecycle step with who and when.
create table incident_step (
    id          bigserial primary key,
    incident_id bigint not null references incident (id),
    from_status text,
    to_status   text not null,
    at          timestamptz not null,
    actor       text not null,
    agency      text,
    comment     text
);
create index incident_step_incident on incident_step (incident_id, at);

-- What an agency did (the timeline).
create table incident_action (
    id          bigserial primary key,
    incident_id bigint not null references incident (id),
    at          timestamptz not null,
    agency      text,
    actor       text not null,
    text        text not null
);
create index incident_action_incident on incident_action (incident_id, at);

-- Notes with a sharing label: RED author's agency, AMBER agencies on the incident, GREEN all.
create table incident_note (
    id          bigserial primary key,
    incident_id bigint not null references incident (id),
    at          timestamptz not null,
    author      text not null,
    agency      text not null,
    tlp         text not null check (tlp in ('RED', 'AMBER', 'GREEN')),
    text        text not null
);
create index incident_note_incident on incident_note (incident_id, at);

-- Facts of the lawful-strike checklist (Labor Code 2019 Art. 202, 204, 209), one row per fact.
create table incident_fact (
    incident_id bigint not null references incident (id),
    name        text not null,
    value       text not null,
    primary key (incident_id, name)
);
