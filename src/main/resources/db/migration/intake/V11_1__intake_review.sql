-- Intake review queue: reports as submitted and the events read from them, awaiting an analyst.
CREATE TABLE intake_report (
    id            uuid PRIMARY KEY,
    source        text,
    url           text,
    published_on  text,
    body          text        NOT NULL,
    body_hash     text        NOT NULL,
    submitted_by  text        NOT NULL,
    submitted_at  timestamptz NOT NULL DEFAULT now()
);
-- A report sent again is the same report: its candidates are not created twice.
CREATE UNIQUE INDEX intake_report_body_hash ON intake_report (body_hash);

CREATE TABLE intake_candidate (
    id            uuid PRIMARY KEY,
    report_id     uuid        NOT NULL REFERENCES intake_report (id),
    position      int         NOT NULL,
    type          text        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('single', 'statistic')),
    case_count    int         NOT NULL CHECK (case_count > 0),
    workers       int,
    enterprise    text,
    province      text,
    place         text,
    period_from   text,
    period_to     text,
    causes        text        NOT NULL DEFAULT '',
    evidence      text        NOT NULL,
    status        text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    reason        text,
    decided_by    text,
    decided_at    timestamptz,
    UNIQUE (report_id, position)
);
CREATE INDEX intake_candidate_status ON intake_candidate (status, report_id);
