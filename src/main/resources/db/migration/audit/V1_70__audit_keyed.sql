-- audit: entries from now on are keyed (HMAC-SHA256 with a key kept outside the database, scheme 2);
-- the existing entries keep their SHA-256 hashes (scheme 1) and the first keyed entry chains from the
-- last of them, so rewriting any earlier entry breaks that keyed link. Adding a column fires no row trigger.
alter table audit_log add column scheme smallint not null default 1;

-- each verification's result, kept (the administrator's audit screen shows the latest, a failure prominently)
create table audit_verification (
    id              bigserial primary key,
    at              timestamptz not null,
    trigger         text not null,
    valid           boolean not null,
    checked         bigint not null,
    first_broken_id bigint,
    head_id         bigint,
    head_hash       text,
    problem         text
);
create index audit_verification_at on audit_verification (at desc);
