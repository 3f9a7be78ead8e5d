-- Each council's answer files for its factsheet, with the records each gave.
SELECT f.authority_code, f.file, f.outcome, f.layout, coalesce(i.records, 0) AS records,
       f.rejected_rows, f.reason, f.resolved_how
FROM files f
LEFT JOIN (SELECT source_file, count(*) AS records FROM incidents GROUP BY source_file) i
  ON i.source_file = f.file
WHERE f.authority_code IS NOT NULL
ORDER BY f.file
