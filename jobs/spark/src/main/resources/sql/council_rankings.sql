-- The league table: one row per authority. Responded and nil-return councils are ranked by
-- breaches (standard competition ranking: 1, 2, 2, 4) and by breaches per 100,000 residents;
-- refusals and councils with no answer are listed unranked, with empty figures.
WITH per_council AS (
  SELECT authority_code,
         sum(incident_count) AS breaches,
         sum(CASE WHEN involves_children THEN incident_count ELSE 0 END) AS children,
         sum(CASE WHEN category = 'LOSS_OR_THEFT_DEVICE' THEN incident_count ELSE 0 END) AS devices,
         sum(CASE WHEN action_taken = 'DISCIPLINARY' THEN incident_count ELSE 0 END) AS disciplinary,
         sum(CASE WHEN action_taken = 'DISMISSAL' THEN incident_count ELSE 0 END) AS dismissals,
         sum(CASE WHEN action_taken = 'RESIGNATION' THEN incident_count ELSE 0 END) AS resignations,
         sum(CASE WHEN action_taken = 'PROSECUTION' THEN incident_count ELSE 0 END) AS prosecutions,
         sum(CASE WHEN reported_to_ico THEN incident_count ELSE 0 END) AS reported_to_ico
  FROM incidents
  GROUP BY authority_code
),
listed AS (
  SELECT r.authority_code AS code,
         r.authority_name AS name,
         r.authority_type AS type,
         r.nation,
         r.region,
         r.status,
         r.population,
         r.status IN ('RESPONDED', 'NIL_RETURN') AS ranked,
         coalesce(p.breaches, 0) AS breaches,
         coalesce(p.children, 0) AS children,
         coalesce(p.devices, 0) AS devices,
         coalesce(p.disciplinary, 0) AS disciplinary,
         coalesce(p.dismissals, 0) AS dismissals,
         coalesce(p.resignations, 0) AS resignations,
         coalesce(p.prosecutions, 0) AS prosecutions,
         coalesce(p.reported_to_ico, 0) AS reported_to_ico
  FROM responses r
  LEFT JOIN per_council p ON p.authority_code = r.authority_code
),
rated AS (
  SELECT *,
         CASE WHEN ranked AND population > 0
              THEN round(CAST(breaches AS DOUBLE) * 100000 / population, 2) END AS per_100k
  FROM listed
),
-- Standard competition ranking as 1 + the number of councils ahead: a window over the whole table
-- would move every row into one partition; this self-join of a few hundred rows does not.
by_breaches AS (
  SELECT a.code, CAST(1 + count(b.code) AS INT) AS rank
  FROM rated a
  LEFT JOIN rated b ON b.ranked AND b.breaches > a.breaches
  WHERE a.ranked
  GROUP BY a.code
),
by_rate AS (
  SELECT a.code, CAST(1 + count(b.code) AS INT) AS rank_per_100k
  FROM rated a
  LEFT JOIN rated b ON b.per_100k > a.per_100k
  WHERE a.per_100k IS NOT NULL
  GROUP BY a.code
)
SELECT r.rank,
       code, name, type, nation, region, status,
       CASE WHEN ranked THEN breaches END AS breaches,
       per_100k,
       p.rank_per_100k,
       CASE WHEN ranked THEN children END AS children,
       CASE WHEN ranked THEN devices END AS devices,
       CASE WHEN ranked THEN disciplinary END AS disciplinary,
       CASE WHEN ranked THEN dismissals END AS dismissals,
       CASE WHEN ranked THEN resignations END AS resignations,
       CASE WHEN ranked THEN prosecutions END AS prosecutions,
       CASE WHEN ranked THEN reported_to_ico END AS reported_to_ico
FROM rated
LEFT JOIN by_breaches r USING (code)
LEFT JOIN by_rate p USING (code)
ORDER BY rank ASC NULLS LAST, code
