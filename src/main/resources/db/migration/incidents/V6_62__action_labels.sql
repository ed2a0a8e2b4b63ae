-- Every free text written on a case carries a sharing label (issue 15): actions get one, AMBER
-- (the agencies on the case) for those written before.
alter table incident_action add column tlp text not null default 'AMBER' check (tlp in ('RED', 'AMBER', 'GREEN'));
