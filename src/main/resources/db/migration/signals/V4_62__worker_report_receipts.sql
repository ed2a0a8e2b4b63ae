-- Receipts of anonymous worker reports: the code is shown once to the worker and kept only as a
-- slow hash (PBKDF2), tied to the report's reference (the signals' source_ref prefix). Nothing
-- about the worker, and no time: the report's signals keep the day only.
create table worker_report_receipt (
    code_hash  text primary key,
    report_ref text not null unique
);
