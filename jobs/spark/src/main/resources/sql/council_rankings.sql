-- The league table's figures: one row per authority. Responded and nil-return councils have a
-- figure (breaches) and, with a population, breaches per 100,000 residents; refusals and councils
-- with no answer have none. The ranks are Rankings.league's (core), the one ranking rule.
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
         r.lower_bound,
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
)
SELECT code, name, type, nation, region, status,
       CASE WHEN ranked THEN breaches END AS breaches,
       per_100k, children, devices, disciplinary, dismissals, resignations, prosecutions,
       reported_to_ico, lower_bound, population
FROM rated
ORDER BY code
