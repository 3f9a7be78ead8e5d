SELECT category, coalesce(sum(incident_count), 0) AS breaches, count(*) AS records,
       bool_or(suppressed AND incident_count IS NULL) AS has_suppressed
FROM incidents
GROUP BY category
ORDER BY breaches DESC, category
