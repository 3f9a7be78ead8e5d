-- Breakdown of the councils by one of their attributes (nation, region, type): how many, how many
-- answered, their breaches, and breaches per 100,000 residents over the councils that answered.
-- ${column} is the responses column and ${name} the table's first column, filled in by AggregateStep.
SELECT ${column} AS ${name},
       count(*) AS authorities,
       sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN 1 ELSE 0 END) AS answered,
       sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN breaches ELSE 0 END) AS breaches,
       round(CAST(sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN breaches ELSE 0 END) AS DOUBLE) * 100000
             / nullif(sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN population ELSE 0 END), 0), 2) AS per_100k
FROM responses
WHERE ${column} IS NOT NULL AND ${column} <> ''
GROUP BY ${column}
ORDER BY breaches DESC, ${name}
