-- Each file's records as quality.json counts them: counted (incidents), excluded and held for
-- review. Expects the views incidents, excluded and held.
SELECT file, sum(records) AS records, sum(excluded) AS excluded, sum(held) AS held
FROM (SELECT source_file AS file, 1 AS records, 0 AS excluded, 0 AS held FROM incidents
      UNION ALL SELECT file, 0, 1, 0 FROM excluded
      UNION ALL SELECT file, 0, 0, 1 FROM held)
GROUP BY file
