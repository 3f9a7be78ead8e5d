-- The councils by what they answered, in one pass over responses (grouping sets): all of them
-- ('national': how many in each status, and whether a responded figure is a minimum), and the
-- same breakdown by nation, region and type: how many, how many answered, their breaches, and
-- breaches per 100,000 residents over the councils that answered. AggregateStep splits the rows
-- by `family` and leaves out groups without a name.
SELECT CASE WHEN grouping(nation) = 0 THEN 'nation'
            WHEN grouping(region) = 0 THEN 'region'
            WHEN grouping(authority_type) = 0 THEN 'type'
            ELSE 'national' END AS family,
       coalesce(nation, region, authority_type) AS key,
       count(*) AS authorities,
       sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN 1 ELSE 0 END) AS answered,
       sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN breaches ELSE 0 END) AS breaches,
       round(CAST(sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN breaches ELSE 0 END) AS DOUBLE) * 100000
             / nullif(sum(CASE WHEN status IN ('RESPONDED', 'NIL_RETURN') THEN population ELSE 0 END), 0), 2) AS per_100k,
       sum(CASE WHEN status = 'RESPONDED' THEN 1 ELSE 0 END) AS authorities_responded,
       sum(CASE WHEN status = 'NIL_RETURN' THEN 1 ELSE 0 END) AS authorities_nil_return,
       sum(CASE WHEN status = 'REFUSED' THEN 1 ELSE 0 END) AS authorities_refused,
       sum(CASE WHEN status = 'NO_RESPONSE' THEN 1 ELSE 0 END) AS authorities_no_response,
       sum(CASE WHEN status = 'HELD_FOR_REVIEW' THEN 1 ELSE 0 END) AS authorities_held_for_review,
       coalesce(bool_or(CASE WHEN status = 'RESPONDED' THEN lower_bound END), false) AS lower_bound
FROM responses
GROUP BY GROUPING SETS ((), (nation), (region), (authority_type))
