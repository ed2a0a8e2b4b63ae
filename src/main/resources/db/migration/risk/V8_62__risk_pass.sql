-- The full scoring passes (nightly, on activating a model version): the month scored from, how many
-- enterprises were scored and how many scores changed. A pass writes only the scores that changed;
-- an unchanged score of an active enterprise counts as scored at the end of the last pass with its
-- model version.
create table risk_pass (
    id            bigserial primary key,
    month         date not null,
    model_version bigint not null references risk_model_version (id),
    scored        integer not null,
    changed       integer not null,
    scored_at     timestamptz not null default now()
);
create index risk_pass_version on risk_pass (model_version, scored_at);
