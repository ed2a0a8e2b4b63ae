-- Limits of the anonymous worker report form, shared by every instance. Counted per enterprise
-- and day, and for the whole province per hour: nothing about who reported is kept.
create table worker_report_day (
    enterprise_id bigint not null references enterprise (id),
    day           date not null,
    reports       integer not null,
    primary key (enterprise_id, day)
);

create table worker_report_hour (
    hour    timestamptz primary key,
    reports integer not null
);
