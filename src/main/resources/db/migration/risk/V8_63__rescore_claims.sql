-- The rescoring worker claims its pass (taken_at) in a short transaction, scores, then removes the rows
-- it claimed: a signal event queuing an enterprise meanwhile never waits for the pass, and puts the row
-- back in the queue (taken_at null) so the enterprise is scored again. A claim older than the sweep's
-- limit (a crashed worker) is taken again.
alter table risk_rescore add column taken_at timestamptz;
