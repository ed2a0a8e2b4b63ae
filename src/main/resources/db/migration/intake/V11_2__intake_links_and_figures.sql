-- What an accepted candidate became: an incident, a signal or a reported figure.
ALTER TABLE intake_candidate
    ADD COLUMN tax_code    text,
    ADD COLUMN incident_id bigint,
    ADD COLUMN signal_id   bigint;

-- Statistics read from official reports ("6 vụ ngừng việc tập thể trong 8 tháng"), kept as
-- reported so that they can be set beside the system's own counts for the same period.
CREATE TABLE intake_figure (
    candidate_id  uuid PRIMARY KEY REFERENCES intake_candidate (id),
    report_id     uuid        NOT NULL REFERENCES intake_report (id),
    type          text        NOT NULL,
    case_count    int         NOT NULL CHECK (case_count > 0),
    workers       int,
    province      text,
    place         text,
    period_from   date        NOT NULL,
    period_to     date        NOT NULL CHECK (period_to >= period_from),
    source        text,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intake_figure_period ON intake_figure (period_from, period_to);
