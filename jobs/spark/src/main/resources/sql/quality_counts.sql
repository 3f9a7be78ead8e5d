-- The counts quality.json needs beyond the files' own, in one query: each file's excluded and
-- held records, the excluded records by code and the rejected rows by reason. Expects the views
-- excluded, held and rejects.
SELECT 'excluded_by_file' AS family, file AS key, count(*) AS n FROM excluded GROUP BY file
UNION ALL SELECT 'held_by_file', file, count(*) FROM held GROUP BY file
UNION ALL SELECT 'excluded_by_code', code, count(*) FROM excluded GROUP BY code
UNION ALL SELECT 'rejected_by_reason', reason, count(*) FROM rejects GROUP BY reason
ORDER BY family, key
