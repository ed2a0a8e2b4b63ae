-- signals: dated observations about an enterprise. (source_agency, source_ref) is unique so a
-- resent batch or two racing requests never store a signal twice (insert ... on conflict do nothing).
create table signal (
    id                bigserial primary key,
    enterprise_id     bigint not null references enterprise (id),
    tax_code          text not null,
    type              text not null,
    observed_on       date not null,
    source_agency     text not null,
    source_ref        text not null,
    workers_affected  integer check (workers_affected >= 0),
    amount_vnd        bigint check (amount_vnd >= 0),
    months            integer check (months >= 0),
    note              text,
    resolved_on       date,
    -- null for agency signals; PENDING, VERIFIED or DISMISSED for anonymous worker reports
    review            text check (review in ('PENDING', 'VERIFIED', 'DISMISSED')),
    reviewed_by       text,
    created_at        timestamptz not null default now()
);
create unique index signal_source_ref on signal (source_agency, source_ref);
create index signal_enterprise on signal (enterprise_id, observed_on desc);
create index signal_review on signal (review) where review = 'PENDING';
