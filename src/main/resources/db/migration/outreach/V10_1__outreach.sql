-- outreach: legal-education and dialogue sessions at an enterprise or for a whole zone.
-- natural_key = tax code or zone, day and topic: a resent import never stores a session twice.
create table outreach_session (
    id               bigserial primary key,
    natural_key      text not null unique,
    enterprise_id    bigint,
    tax_code         text,
    enterprise_name  text,
    zone_code        text,
    unit_code        text,
    held_on          date not null,
    topic            text not null check (topic in ('LABOR_CODE_CONTRACTS', 'WAGES_BONUSES', 'SOCIAL_INSURANCE',
                         'WORKPLACE_DIALOGUE', 'UNION_RIGHTS', 'OCCUPATIONAL_SAFETY', 'OTHER')),
    agencies         text not null default '',
    workers          integer not null default 0 check (workers >= 0),
    managers         integer not null default 0 check (managers >= 0),
    notes            text,
    source           text not null default 'FORM',
    created_by       text not null,
    created_at       timestamptz not null default now(),
    check (tax_code is not null or zone_code is not null)
);
create index outreach_session_held on outreach_session (held_on);
create index outreach_session_tax_code on outreach_session (tax_code, held_on);
create index outreach_session_zone on outreach_session (zone_code, held_on);
