-- Every free text written on a case carries a sharing label (issue 15): the facts of the strike
-- checklist and the outcome's agreement get one, with the agency that wrote them. Those written
-- before are labelled AMBER (the agencies on the case) and credited to the agency that opened it.
alter table incident_fact add column agency text;
alter table incident_fact add column tlp text not null default 'AMBER' check (tlp in ('RED', 'AMBER', 'GREEN'));
update incident_fact f set agency = i.opened_agency from incident i where i.id = f.incident_id;

alter table incident add column outcome_agency text;
alter table incident add column outcome_tlp text not null default 'AMBER' check (outcome_tlp in ('RED', 'AMBER', 'GREEN'));
-- a label is no edit of the case: its version stays, so no open screen meets a conflict
alter table incident disable trigger incident_revise;
update incident set outcome_agency = opened_agency where outcome_agreement is not null;
alter table incident enable trigger incident_revise;
