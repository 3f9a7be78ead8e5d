-- Every figure of the counted records in one pass over them (grouping sets): the national
-- figures, by category, year and action, each council's figures and its breakdowns by category,
-- action and year, and each file's records. `family` names the columns grouped ('' national,
-- 'authority_code,category', 'source_file'...); IncidentFigures splits the rows by it.
-- Records dated only by the whole period have no financial year: their year is 'whole period'.
WITH counted AS (
  SELECT authority_code, source_file, category, action_taken,
         coalesce(financial_year, 'whole period') AS year,
         incident_count, suppressed, involves_children, sensitive_data, reported_to_ico,
         people_affected
  FROM incidents
)
SELECT concat_ws(',',
         CASE WHEN grouping(authority_code) = 0 THEN 'authority_code' END,
         CASE WHEN grouping(source_file) = 0 THEN 'source_file' END,
         CASE WHEN grouping(category) = 0 THEN 'category' END,
         CASE WHEN grouping(action_taken) = 0 THEN 'action_taken' END,
         CASE WHEN grouping(year) = 0 THEN 'year' END) AS family,
       authority_code, source_file, category, action_taken, year,
       coalesce(sum(incident_count), 0) AS breaches,
       count(*) AS records,
       bool_or(suppressed AND incident_count IS NULL) AS has_suppressed,
       coalesce(sum(CASE WHEN category IN ('LOSS_OR_THEFT_DEVICE', 'LOSS_OR_THEFT_PAPER') THEN incident_count END), 0) AS loss_or_theft,
       coalesce(sum(CASE WHEN category = 'LOSS_OR_THEFT_DEVICE' THEN incident_count END), 0) AS devices_lost_or_stolen,
       coalesce(sum(CASE WHEN category = 'SENT_TO_WRONG_RECIPIENT' THEN incident_count END), 0) AS sent_to_wrong_recipient,
       coalesce(sum(CASE WHEN category IN ('UNAUTHORISED_ACCESS', 'UNAUTHORISED_DISCLOSURE') THEN incident_count END), 0) AS unauthorised_access_or_disclosure,
       coalesce(sum(CASE WHEN involves_children THEN incident_count END), 0) AS involving_children,
       coalesce(sum(CASE WHEN sensitive_data THEN incident_count END), 0) AS sensitive_data,
       coalesce(sum(CASE WHEN action_taken IN ('DISCIPLINARY', 'RESIGNATION', 'DISMISSAL', 'PROSECUTION') THEN incident_count END), 0) AS disciplinary_any,
       coalesce(sum(CASE WHEN action_taken = 'DISCIPLINARY' THEN incident_count END), 0) AS disciplinary,
       coalesce(sum(CASE WHEN action_taken = 'RESIGNATION' THEN incident_count END), 0) AS resignations,
       coalesce(sum(CASE WHEN action_taken = 'DISMISSAL' THEN incident_count END), 0) AS dismissals,
       coalesce(sum(CASE WHEN action_taken = 'PROSECUTION' THEN incident_count END), 0) AS prosecutions,
       coalesce(sum(CASE WHEN action_taken = 'NONE' THEN incident_count END), 0) AS no_action,
       coalesce(sum(CASE WHEN reported_to_ico THEN incident_count END), 0) AS reported_to_ico,
       coalesce(sum(people_affected), 0) AS people_affected
FROM counted
GROUP BY GROUPING SETS ((), (category), (year), (action_taken), (authority_code),
                        (authority_code, category), (authority_code, action_taken),
                        (authority_code, year), (source_file))
