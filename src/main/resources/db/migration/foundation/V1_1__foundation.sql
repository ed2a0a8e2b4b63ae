-- Installation-wide facts (e.g. whether the data is the simulated demo province).
create table app_setting (
    name  text primary key,
    value text not null
);

-- ShedLock: scheduled work runs once across instances sharing this database.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);

-- geo: administrative units with validity dates (district level abolished 1 July 2025).
create table admin_unit (
    id            bigserial primary key,
    code          text not null,
    name          text not null,
    full_name     text not null,
    type          text not null,
    level         text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    province_code text not null,
    parent_code   text,
    valid_from    date,
    valid_to      date,
    name_folded   text not null,
    unique (level, code, valid_from)
);
create index admin_unit_province on admin_unit (province_code, level);
create index admin_unit_code on admin_unit (code);

-- Which new (1 July 2025) units each old unit went into; partial = only part of it.
create table unit_succession (
    old_code  text not null,
    old_level text not null,
    new_code  text not null,
    new_level text not null,
    partial   boolean not null default false,
    primary key (old_level, old_code, new_level, new_code)
);

create table zone (
    code             text primary key,
    name             text not null,
    kind             text not null,
    status           text not null,
    province_code    text not null,
    district_code    text,
    area_ha          numeric,
    other_names      text,
    source_url       text,
    name_folded      text not null
);

-- identity: agencies are data; users belong to one.
create table agency (
    id          bigserial primary key,
    code        text not null unique,
    name        text not null,
    name_en     text,
    kind        text not null,
    active      boolean not null default true,
    retired_on  date,
    created_at  timestamptz not null default now(),
    version     integer not null default 0
);

create table app_user (
    id              bigserial primary key,
    username        text not null unique,
    display_name    text not null,
    password_hash   text not null,
    agency_id       bigint not null references agency (id),
    roles           text not null,
    scope_units     text not null default '',
    scope_zones     text not null default '',
    email           text,
    enabled         boolean not null default true,
    failed_logins   integer not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    version         integer not null default 0
);

create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id),
    name         text not null,
    token_hash   text not null unique,
    prefix       text not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- audit: append-only, hash-chained.
create table audit_log (
    id          bigserial primary key,
    at          timestamptz not null,
    actor       text not null,
    agency      text,
    action      text not null,
    record_type text not null,
    record_id   text,
    details     text,
    prev_hash   text not null,
    hash        text not null
);
create index audit_log_record on audit_log (record_type, record_id);
create index audit_log_at on audit_log (at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();

create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
