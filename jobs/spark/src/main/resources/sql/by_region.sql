-- Breaches per 100,000 residents use only the population of councils that answered (ranked).
SELECT region AS region,
       count(*) AS authorities,
       sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN 1 ELSE 0 END) AS answered,
       sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN breaches ELSE 0 END) AS breaches,
       round(CAST(sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN breaches ELSE 0 END) AS DOUBLE) * 100000
             / nullif(sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN population ELSE 0 END), 0), 2) AS per_100k
FROM responses
WHERE region IS NOT NULL AND region <> ''
GROUP BY region
ORDER BY breaches DESC, region
