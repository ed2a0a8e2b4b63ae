-- The signal or risk alert a case was opened from ("Mở vụ việc" on a signal, an alert, a watch-list row).
alter table incident add column source_signal_id bigint, add column source_alert_id bigint;
