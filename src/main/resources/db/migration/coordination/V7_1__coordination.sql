-- coordination: the regulation as versioned data; a case keeps the version it was routed under.
create table regulation_version (
    id             bigserial primary key,
    number         integer not null unique,
    effective_from timestamptz not null,
    title          text not null,
    rules          jsonb not null,
    created_at     timestamptz not null default now(),
    created_by     text not null
);

-- A task routed to an agency for a case.
create table coord_task (
    id               bigserial primary key,
    incident_id      bigint not null,
    regulation       integer not null,
    rule_name        text not null,
    agency           text not null,
    title            text not null,
    lead             boolean not null default false,
    created_at       timestamptz not null,
    ack_due_at       timestamptz not null,
    due_at           timestamptz not null,
    status           text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'DONE', 'CANCELLED')),
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    completed_at     timestamptz,
    completed_by     text,
    escalate_to      text not null,
    escalate_after_h integer not null,
    escalation_level text not null,
    escalated_at     timestamptz,
    unique (incident_id, rule_name, agency, title)
);
create index coord_task_agency on coord_task (agency, status);
create index coord_task_open on coord_task (status, ack_due_at) where escalated_at is null;

-- What happened on the tasks (acknowledged, done, escalated), for the incident timeline.
create table coord_event (
    id          bigserial primary key,
    incident_id bigint not null,
    task_id     bigint,
    at          timestamptz not null,
    agency      text,
    actor       text not null,
    text        text not null
);
create index coord_event_incident on coord_event (incident_id, at);

-- Notification outbox: written in the transaction of its cause, sent by a worker with backoff.
create table coord_notification (
    id              bigserial primary key,
    incident_id     bigint,
    task_id         bigint,
    agency          text not null,
    channel         text not null check (channel in ('EMAIL', 'WEBHOOK', 'IN_APP')),
    recipient       text,
    subject         text not null,
    body            text not null,
    status          text not null check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index coord_notification_due on coord_notification (next_attempt_at) where status = 'PENDING';
create index coord_notification_agency on coord_notification (agency, created_at desc);

-- In-app inbox: which in-app notifications a user has read.
create table coord_inbox_read (
    notification_id bigint not null references coord_notification (id),
    username        text not null,
    read_at         timestamptz not null,
    primary key (notification_id, username)
);

-- Conference directives (kết luận chỉ đạo) and their items.
create table directive (
    id          bigserial primary key,
    title       text not null,
    conference_on date not null,
    issued_by   text not null,
    created_at  timestamptz not null default now(),
    created_by  text not null
);

create table directive_item (
    id           bigserial primary key,
    directive_id bigint not null references directive (id),
    text         text not null,
    owner_agency text not null,
    deadline     date not null,
    status       text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE'))
);

create table directive_progress (
    id       bigserial primary key,
    item_id  bigint not null references directive_item (id),
    at       timestamptz not null,
    author   text not null,
    text     text not null
);
