-- An alert is a case: RAISED -> ACKNOWLEDGED -> ESCALATED (an incident was opened from it) or CLOSED
-- with an outcome from a fixed list. Outcomes are labels for the next training (only those
-- recorded before a training's cut-off are read).
alter table risk_alert drop constraint risk_alert_outcome_check;
update risk_alert set outcome = case outcome when 'CALMED' then 'DIALOGUE_SETTLED' when 'INCIDENT_HAPPENED' then 'INCIDENT_FOLLOWED'
  else outcome end;
alter table risk_alert
    add constraint risk_alert_outcome_check
        check (outcome in ('ARREARS_PAID', 'DIALOGUE_SETTLED', 'INCIDENT_FOLLOWED', 'FALSE_ALARM', 'ENTERPRISE_CLOSED')),
    add column status          text not null default 'RAISED'
        check (status in ('RAISED', 'ACKNOWLEDGED', 'ESCALATED', 'CLOSED')),
    add column trigger         text not null default 'SCORE' check (trigger in ('SCORE', 'STRIKE_SIGN')),
    add column band            text,
    add column acknowledged_at timestamptz,
    add column acknowledged_by text,
    add column incident_id     bigint,
    add column escalated_at    timestamptz;
update risk_alert set status = 'CLOSED' where outcome is not null;
alter table risk_alert rename column verified_by to closed_by;
alter table risk_alert rename column actions to outcome_note;
create index risk_alert_open on risk_alert (status) where status <> 'CLOSED';
