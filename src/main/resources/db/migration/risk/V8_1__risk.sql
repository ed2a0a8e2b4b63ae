-- risk: what the risk module knows (its own copy of signal and incident facts, fed by events and
-- the demo seeder), model versions, current scores, coordinator-set bands and alerts.
create table risk_signal (
    id            bigserial primary key,
    signal_id     bigint unique,
    enterprise_id bigint not null,
    type          text not null,
    month         date not null,
    months        integer,
    workers       integer
);
create index risk_signal_enterprise on risk_signal (enterprise_id, month);

create table risk_incident (
    id            bigserial primary key,
    enterprise_id bigint not null,
    unit_code     text not null,
    zone_code     text,
    month         date not null
);
create index risk_incident_enterprise on risk_incident (enterprise_id);
create index risk_incident_month on risk_incident (month);

create table risk_model_version (
    id            bigserial primary key,
    created_at    timestamptz not null default now(),
    created_by    text not null,
    trained_from  date not null,
    trained_to    date not null,
    features      text not null,
    model30       text not null,
    model90       text not null,
    metrics       text not null,
    active        boolean not null default false,
    activated_by  text,
    activated_at  timestamptz
);
create unique index risk_model_one_active on risk_model_version (active) where active;

create table risk_score (
    enterprise_id bigint primary key,
    tax_code      text not null,
    name          text not null,
    unit_code     text not null,
    zone_code     text,
    score30       double precision not null,
    score90       double precision not null,
    band          text not null,
    reasons       text not null,
    model_version bigint not null references risk_model_version (id),
    scored_at     timestamptz not null default now()
);
create index risk_score_rank on risk_score (score30 desc);

-- Thresholds on the 30-day probability, set by coordinators; the highest band met wins.
create table risk_band (
    band       text primary key,
    threshold  double precision not null,
    set_by     text not null,
    set_at     timestamptz not null default now()
);
insert into risk_band (band, threshold, set_by) values ('HIGH', 0.02, 'system'), ('MEDIUM', 0.005, 'system'), ('LOW', 0, 'system');

-- An alert each time an enterprise crosses into the top band, and what came of it.
create table risk_alert (
    id            bigserial primary key,
    enterprise_id bigint not null,
    tax_code      text not null,
    score30       double precision not null,
    reasons       text not null,
    model_version bigint not null,
    raised_at     timestamptz not null default now(),
    verified_by   text,
    actions       text,
    outcome       text check (outcome in ('ARREARS_PAID', 'CALMED', 'INCIDENT_HAPPENED', 'FALSE_ALARM')),
    closed_at     timestamptz
);
create index risk_alert_enterprise on risk_alert (enterprise_id, raised_at);

-- The registry facts the model reads, refreshed from the registry when a signal arrives.
create table risk_enterprise (
    enterprise_id bigint primary key,
    tax_code      text not null,
    name          text not null,
    unit_code     text not null,
    zone_code     text,
    vsic          text,
    ownership     text not null,
    headcount     integer not null,
    union_present boolean not null,
    active        boolean not null default true
);
