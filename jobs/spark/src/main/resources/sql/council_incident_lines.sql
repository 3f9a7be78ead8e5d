-- The first 200 records of each council, in the order its answer gave them: enough lines for a
-- factsheet; the dataset has them all.
SELECT authority_code,
       coalesce(cast(incident_date AS string), financial_year, 'whole period') AS date,
       category, description, action_taken
FROM (SELECT *, row_number() OVER (PARTITION BY authority_code
                                   ORDER BY source_file, source_sheet, source_row) AS n
      FROM incidents)
WHERE n <= 200
ORDER BY authority_code, n
