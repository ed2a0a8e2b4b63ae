-- Messages that reach a phone: SMS through an HTTP gateway and Zalo Official Account messages,
-- each user's chosen channels, and why a notification was skipped.
alter table coord_notification drop constraint coord_notification_channel_check;
alter table coord_notification add constraint coord_notification_channel_check
    check (channel in ('EMAIL', 'WEBHOOK', 'IN_APP', 'SMS', 'ZALO'));
alter table coord_notification add column skip_reason text;

-- How each user wants to be reached besides the in-app inbox (always on). No row: e-mail only.
create table coord_contact (
    user_id      bigint primary key references app_user (id) on delete cascade,
    phone        text,
    zalo_user_id text,
    channels     text not null default 'EMAIL',
    updated_at   timestamptz not null
);
