-- Enterprises whose signals changed and that wait to be rescored: the signal events only queue them
-- (in the event's transaction), one worker per instance rescores the queue in passes of many, each
-- enterprise once however many chunks touched it. A crash leaves the rows here for the next sweep.
create table risk_rescore (
  enterprise_id bigint primary key,
  queued_at timestamptz not null default now()
);
