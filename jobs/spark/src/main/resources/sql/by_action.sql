SELECT action_taken, coalesce(sum(incident_count), 0) AS breaches, count(*) AS records
FROM incidents
GROUP BY action_taken
ORDER BY CASE action_taken WHEN 'PROSECUTION' THEN 1 WHEN 'DISMISSAL' THEN 2 WHEN 'RESIGNATION' THEN 3
           WHEN 'DISCIPLINARY' THEN 4 WHEN 'TRAINING_OR_ADVICE' THEN 5 WHEN 'NONE' THEN 6 ELSE 7 END
