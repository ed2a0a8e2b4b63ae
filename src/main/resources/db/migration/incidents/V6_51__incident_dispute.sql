-- A collective dispute's clocks run from the day the labour body or mediator received the written
-- request (Labor Code 2019 Arts. 181(3), 188(2)); arbitration only when the parties requested it.
alter table incident add column dispute_kind text check (dispute_kind in ('RIGHTS', 'INTEREST'));
alter table incident add column request_received_on date;
alter table incident add column arbitration_requested_on date;
