-- Each council's counted figures for the plausibility checks: its breaches, its largest single
-- count and its breaches per financial year (records dated only by the whole period left out).
WITH per_year AS (
  SELECT authority_code, financial_year,
         coalesce(sum(incident_count), 0) AS breaches,
         coalesce(max(incident_count), 0) AS max_cell
  FROM incidents
  GROUP BY authority_code, financial_year
)
SELECT authority_code,
       sum(breaches) AS breaches,
       max(max_cell) AS max_cell,
       collect_list(CASE WHEN financial_year IS NOT NULL
                         THEN named_struct('year', financial_year, 'breaches', breaches) END) AS years
FROM per_year
GROUP BY authority_code
ORDER BY authority_code
