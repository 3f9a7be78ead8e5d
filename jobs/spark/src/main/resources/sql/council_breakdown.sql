-- One council's breaches by ${key} (category, action or year), largest first, for its factsheet.
-- ${key} is an expression fixed in RenderStep, never user input.
SELECT authority_code, ${key} AS key, coalesce(sum(incident_count), 0) AS breaches
FROM incidents
GROUP BY authority_code, ${key}
ORDER BY authority_code, breaches DESC, key
