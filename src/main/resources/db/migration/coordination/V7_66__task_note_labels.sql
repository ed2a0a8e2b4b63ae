-- A task's completion note is free text written on the case: kept apart from the event's text with
-- its sharing label (issue 15). Notes written before were appended to the text after the task's
-- title and " — "; they are moved out and labelled AMBER (the agencies on the case).
alter table coord_event add column note text;
alter table coord_event add column tlp text check (tlp in ('RED', 'AMBER', 'GREEN'));
update coord_event e
   set note = substr(e.text, length('Hoàn thành nhiệm vụ: ' || t.title || ' — ') + 1),
       tlp = 'AMBER',
       text = 'Hoàn thành nhiệm vụ: ' || t.title
  from coord_task t
 where t.id = e.task_id and starts_with(e.text, 'Hoàn thành nhiệm vụ: ' || t.title || ' — ');
