-- NationalDataset (bench/run): what follows the streamed COPY of enterprises and signals. i_load holds
-- the simulated incidents from the first month kept; the risk module's copies of the facts are
-- normally fed by SignalRecorded / IncidentOpened.
set synchronous_commit = off;
insert into incident (type, enterprise_id, tax_code, enterprise_name, unit_code, zone_code, ownership, workforce, started_at,
  ended_at, workers_involved, causes, description, severity, severity_computed, status, opened_at, opened_by, opened_agency, sim_ref)
select i.type, e.id, i.tax_code, e.name, i.unit_code, i.zone_code, e.ownership, e.headcount,
  (i.started_on + time '07:30') at time zone 'Asia/Ho_Chi_Minh', (i.ended_on + time '16:00') at time zone 'Asia/Ho_Chi_Minh',
  i.workers_involved, i.causes, 'Vụ việc mô phỏng (dữ liệu mô phỏng)',
  case when i.workers_involved >= 500 then 'HIGH' when i.workers_involved >= 50 then 'MEDIUM' else 'LOW' end,
  case when i.workers_involved >= 500 then 'HIGH' when i.workers_involved >= 50 then 'MEDIUM' else 'LOW' end,
  case when i.ended_on < current_date - 3 then 'CLOSED' else 'RESPONDING' end,
  (i.started_on + time '09:30') at time zone 'Asia/Ho_Chi_Minh', 'police', 'CA-PA04', i.ref
  from i_load i join enterprise e on e.tax_code = i.tax_code;
insert into risk_enterprise (enterprise_id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present, active)
select id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present, status not in ('DISSOLVED', 'BANKRUPT')
  from enterprise on conflict do nothing;
insert into risk_incident (enterprise_id, unit_code, zone_code, month)
select enterprise_id, unit_code, zone_code, date_trunc('month', started_at at time zone 'Asia/Ho_Chi_Minh')::date
  from incident where type in ('COLLECTIVE_STOPPAGE', 'STRIKE', 'STRIKE_SIGNS') and enterprise_id is not null;
