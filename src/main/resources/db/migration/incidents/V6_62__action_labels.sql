-- Every free text written on a case carries a sharing label (issue 15): actions get one, AMBER
-- (the agencies on the case) for those written before.
alter table incident_action add column tlp text not null default 'AMBER' check (tlp in ('RED', 'AMBER', 'GREEN'));
-- The case's description is free text written by the agency that opened it: labelled the same way.
alter table incident add column description_tlp text not null default 'AMBER' check (description_tlp in ('RED', 'AMBER', 'GREEN'));
