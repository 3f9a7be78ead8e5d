-- One row per register authority: what it answered, from its files, its records and the manifest.
-- A council whose only files were rejected is NO_RESPONSE (nothing usable), with its rejects shown.
-- A status set in corrections.csv wins; then a council held for review (its records are not in
-- incidents: breaches_held gives the figure held back).
WITH file_stats AS (
  SELECT authority_code,
         count(*) AS files,
         sum(CASE WHEN outcome = 'USED' THEN 1 ELSE 0 END) AS files_used,
         sum(CASE WHEN outcome = 'NIL_RETURN' THEN 1 ELSE 0 END) AS files_nil,
         sum(CASE WHEN outcome = 'REFUSED' THEN 1 ELSE 0 END) AS files_refused,
         sum(CASE WHEN outcome = 'REJECTED' THEN 1 ELSE 0 END) AS files_rejected,
         sum(rejected_rows) AS rejected_rows,
         bool_or(lower_bound) AS lower_bound,
         array_sort(collect_list(file)) AS file_names
  FROM files
  WHERE authority_code IS NOT NULL
  GROUP BY authority_code
),
incident_stats AS (
  SELECT authority_code, count(*) AS records, sum(incident_count) AS breaches
  FROM incidents
  GROUP BY authority_code
),
stated AS (
  SELECT authority_code,
         bool_or(status = 'NIL_RETURN') AS nil_return,
         bool_or(status = 'REFUSED') AS refused,
         array_join(array_sort(collect_set(note)), '; ') AS note
  FROM manifest_statuses
  GROUP BY authority_code
)
SELECT r.code AS authority_code,
       r.name AS authority_name,
       r.type AS authority_type,
       r.nation,
       r.region,
       r.population,
       CASE WHEN c.status IS NOT NULL THEN c.status
            WHEN h.authority_code IS NOT NULL THEN 'HELD_FOR_REVIEW'
            WHEN coalesce(f.files_used, 0) > 0 OR coalesce(i.records, 0) > 0 THEN 'RESPONDED'
            WHEN coalesce(f.files_nil, 0) > 0 OR coalesce(m.nil_return, false) THEN 'NIL_RETURN'
            WHEN coalesce(f.files_refused, 0) > 0 OR coalesce(m.refused, false) THEN 'REFUSED'
            ELSE 'NO_RESPONSE' END AS status,
       coalesce(f.files, 0) AS files,
       coalesce(f.files_used, 0) AS files_used,
       coalesce(f.files_rejected, 0) AS files_rejected,
       coalesce(i.records, 0) AS records,
       coalesce(i.breaches, 0) AS breaches,
       coalesce(f.rejected_rows, 0) AS rejected_rows,
       coalesce(f.lower_bound, false) AS lower_bound,
       coalesce(f.file_names, array()) AS file_names,
       m.note AS manifest_note,
       h.hold_reason,
       h.breaches_held,
       c.note AS correction_note
FROM register r
LEFT JOIN file_stats f ON f.authority_code = r.code
LEFT JOIN incident_stats i ON i.authority_code = r.code
LEFT JOIN stated m ON m.authority_code = r.code
LEFT JOIN holds h ON h.authority_code = r.code
LEFT JOIN status_corrections c ON c.authority_code = r.code
ORDER BY authority_code
