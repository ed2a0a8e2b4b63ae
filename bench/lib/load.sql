-- bench/run: loads a simulated world (simulate --out) into the app's tables with COPY and set-based
-- inserts, the way a national migration would, with secondary indexes rebuilt once afterwards.
-- psql variables: enterprises, signals, incidents (CSV files), incidents_from (first day of incidents kept).
\set ON_ERROR_STOP on
set client_min_messages = warning;
set maintenance_work_mem = '512MB';

create unlogged table if not exists bench_index (name text primary key, def text not null);
insert into bench_index select indexname, indexdef from pg_indexes
 where tablename in ('enterprise', 'signal', 'risk_signal', 'risk_enterprise', 'incident', 'risk_incident')
   and not exists (select 1 from pg_constraint c where c.conname = indexname) on conflict do nothing;
do $$ declare r record; begin
  for r in select name from bench_index loop execute 'drop index if exists ' || quote_ident(r.name); end loop;
  alter table signal drop constraint if exists signal_enterprise_id_fkey;
end $$;

create unlogged table e_load (tax_code text, name text, unit_code text, headcount int, trade_name text, address text,
  zone_code text, vsic text, ownership text, country text, has_union boolean, status text, search_text text);
\set cmd '\\copy e_load from ' :'enterprises' ' csv header'
:cmd
insert into enterprise (tax_code, name, trade_name, address, unit_code, zone_code, vsic, ownership, investor_country,
  headcount, union_present, status, search_text)
select tax_code, name, nullif(trade_name, ''), nullif(address, ''), unit_code, nullif(zone_code, ''), nullif(vsic, ''),
  ownership, nullif(country, ''), headcount, has_union, status, search_text from e_load;
drop table e_load;

create unlogged table s_load (source_ref text, source text, tax_code text, type text, observed_on date,
  workers_affected int, amount_vnd bigint, months int, note text);
\set cmd '\\copy s_load from ' :'signals' ' csv header'
:cmd
insert into signal (enterprise_id, tax_code, type, observed_on, source_agency, source_ref, workers_affected, amount_vnd, months, note)
select e.id, s.tax_code, s.type, s.observed_on, s.source, s.source_ref, s.workers_affected, s.amount_vnd, s.months, s.note
  from s_load s join enterprise e on e.tax_code = s.tax_code;
drop table s_load;

create unlogged table i_load (ref text, tax_code text, type text, started_on date, ended_on date, workers_involved int,
  causes text, unit_code text, zone_code text, p float8);
\set cmd '\\copy i_load from ' :'incidents' ' csv header'
:cmd
insert into incident (type, enterprise_id, tax_code, enterprise_name, unit_code, zone_code, ownership, workforce, started_at,
  ended_at, workers_involved, causes, description, severity, severity_computed, status, opened_at, opened_by, opened_agency, sim_ref)
select i.type, e.id, i.tax_code, e.name, i.unit_code, nullif(i.zone_code, ''), e.ownership, e.headcount,
  (i.started_on + time '07:30') at time zone 'Asia/Ho_Chi_Minh', (i.ended_on + time '16:00') at time zone 'Asia/Ho_Chi_Minh',
  i.workers_involved, replace(i.causes, ';', ','), 'Vụ việc mô phỏng (dữ liệu mô phỏng)',
  case when i.workers_involved >= 500 then 'HIGH' when i.workers_involved >= 50 then 'MEDIUM' else 'LOW' end,
  case when i.workers_involved >= 500 then 'HIGH' when i.workers_involved >= 50 then 'MEDIUM' else 'LOW' end,
  case when i.ended_on < current_date - 3 then 'CLOSED' else 'RESPONDING' end,
  (i.started_on + time '09:30') at time zone 'Asia/Ho_Chi_Minh', 'police', 'CA-PA04', i.ref
  from i_load i join enterprise e on e.tax_code = i.tax_code
 where i.started_on >= :'incidents_from'::date;
drop table i_load;

-- the risk module's copy of the same facts (normally fed by SignalRecorded / IncidentOpened)
insert into risk_enterprise (enterprise_id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present, active)
select id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present, status not in ('DISSOLVED', 'BANKRUPT')
  from enterprise on conflict do nothing;
insert into risk_signal (signal_id, enterprise_id, type, month, months, workers)
select id, enterprise_id, type, date_trunc('month', observed_on)::date, months, workers_affected from signal;
insert into risk_incident (enterprise_id, unit_code, zone_code, month)
select enterprise_id, unit_code, zone_code, date_trunc('month', started_at at time zone 'Asia/Ho_Chi_Minh')::date
  from incident where type in ('COLLECTIVE_STOPPAGE', 'STRIKE', 'STRIKE_SIGNS') and enterprise_id is not null;

do $$ declare r record; begin
  for r in select def from bench_index loop execute r.def; end loop;
  alter table signal add constraint signal_enterprise_id_fkey foreign key (enterprise_id) references enterprise (id);
end $$;
drop table bench_index;
select setval(pg_get_serial_sequence('risk_signal', 'id'), (select max(id) from risk_signal));
vacuum analyze enterprise, signal, incident, risk_enterprise, risk_signal, risk_incident;
