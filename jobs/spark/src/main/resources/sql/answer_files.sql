-- Each council's files that gave counted records: how many records and breaches, and the years
-- they cover, to tell one answer sent in two forms from two parts of one answer.
SELECT authority_code, source_file,
       count(*) AS records,
       coalesce(sum(incident_count), 0) AS breaches,
       array_sort(collect_set(coalesce(financial_year, 'whole period'))) AS years
FROM incidents
WHERE source_file <> 'corrections.csv'
GROUP BY authority_code, source_file
ORDER BY authority_code, source_file
