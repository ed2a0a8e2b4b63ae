-- registry: enterprises. search_text = Text.fold(tax code, name, trade name), maintained in Java;
-- the trigram index answers substring search at 1,000,000 rows (pg_trgm is a trusted extension:
-- the database owner may create it, no superuser needed).
create extension if not exists pg_trgm;

create table enterprise (
    id                bigserial primary key,
    tax_code          text not null unique,
    name              text not null,
    trade_name        text,
    address           text,
    unit_code         text not null,
    zone_code         text,
    vsic              text,
    ownership         text not null check (ownership in ('STATE', 'DOMESTIC_PRIVATE', 'FDI')),
    investor_country  text,
    headcount         integer not null check (headcount >= 0),
    headcount_on      date,
    union_present     boolean not null default false,
    status            text not null default 'ACTIVE'
                      check (status in ('ACTIVE', 'SUSPENDED', 'DISSOLVING', 'DISSOLVED', 'BANKRUPT', 'OWNER_ABSCONDED')),
    search_text       text not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index enterprise_search on enterprise using gin (search_text gin_trgm_ops);
create index enterprise_unit on enterprise (unit_code);
create index enterprise_zone on enterprise (zone_code);
create index enterprise_name_order on enterprise (name, id);

-- Status history: one row per change, with the day it took effect and where it came from
-- (FORM, IMPORT, DEMO, or the signal "SIGNAL:<agency>:<ref>").
create table enterprise_status (
    id             bigserial primary key,
    enterprise_id  bigint not null references enterprise (id),
    status         text not null,
    since          date not null,
    source         text not null,
    note           text,
    recorded_at    timestamptz not null default now()
);
create index enterprise_status_enterprise on enterprise_status (enterprise_id, since);
