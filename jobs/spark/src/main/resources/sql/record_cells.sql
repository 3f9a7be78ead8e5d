-- What REVIEW's rules need to know of the normalised records, in one pass: their number, breaches
-- and largest single count by council, file, financial year, counted or excluded, and the line of
-- corrections.csv that edited them. RecordCells (core) cuts each rule's figures from these cells.
-- Expects the view normalised (NormaliseStep's records).
SELECT authority_code, source_file, financial_year, excluded_because IS NULL AS counted,
       correction_line,
       count(*) AS records,
       coalesce(sum(incident_count), 0) AS breaches,
       max(incident_count) AS max_cell
FROM normalised
GROUP BY authority_code, source_file, financial_year, excluded_because IS NULL, correction_line
