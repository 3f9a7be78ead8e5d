-- Records dated only by the whole period have no financial year: listed as 'whole period'.
SELECT coalesce(financial_year, 'whole period') AS financial_year,
       coalesce(sum(incident_count), 0) AS breaches, count(*) AS records
FROM incidents
GROUP BY financial_year
ORDER BY financial_year NULLS LAST
