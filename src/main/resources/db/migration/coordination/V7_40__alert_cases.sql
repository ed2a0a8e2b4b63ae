-- A case is an incident or a risk alert: tasks, their events and notifications name one of the two.
alter table coord_task alter column incident_id drop not null;
alter table coord_task
    add column alert_id      bigint,
    add column cancelled_at  timestamptz,
    add column cancelled_by  text,
    add column cancel_reason text,
    add column case_label    text,
    add constraint coord_task_one_case check (num_nonnulls(incident_id, alert_id) = 1);
create unique index coord_task_alert_rule on coord_task (alert_id, rule_name, agency, title) where alert_id is not null;

alter table coord_event alter column incident_id drop not null;
alter table coord_event add column alert_id bigint;
create index coord_event_alert on coord_event (alert_id, at) where alert_id is not null;

alter table coord_notification add column alert_id bigint;
