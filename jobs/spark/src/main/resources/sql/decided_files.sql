-- The files view with the decisions taken after reading: a DUPLICATE or EXCLUDED file counts no
-- rows (its rows are the original's, or left out whole); a SUPERSEDED file keeps its rows, whose
-- records are excluded with the reason.
SELECT f.file, f.sha256, f.authority_code, f.size, f.resolved_how,
       coalesce(d.outcome, f.outcome) AS outcome,
       f.layout,
       coalesce(d.reason, f.reason) AS reason,
       CASE WHEN d.outcome IN ('DUPLICATE', 'EXCLUDED') THEN 0 ELSE f.data_rows END AS data_rows,
       CASE WHEN d.outcome IN ('DUPLICATE', 'EXCLUDED') THEN 0 ELSE f.rejected_rows END AS rejected_rows,
       CASE WHEN d.outcome IN ('DUPLICATE', 'EXCLUDED') THEN 0 ELSE f.totals_rows END AS totals_rows,
       CASE WHEN d.outcome IN ('DUPLICATE', 'EXCLUDED') THEN 0 ELSE f.note_rows END AS note_rows,
       CASE WHEN d.outcome IS NULL THEN f.lower_bound ELSE false END AS lower_bound,
       d.repeats,
       f.evidence
FROM ingested_files f
LEFT JOIN file_decisions d ON d.file = f.file
