-- Each council's counted records, for what corrections.csv says it did to them.
SELECT authority_code, count(*) AS records
FROM incidents
GROUP BY authority_code
