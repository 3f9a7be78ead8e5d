-- Actions from most to least severe: ${severity} is the order of core's Action, the one place
-- it is declared, filled in by AggregateStep. An action it does not list (position 0) goes last.
SELECT action_taken, coalesce(sum(incident_count), 0) AS breaches, count(*) AS records
FROM incidents
GROUP BY action_taken
ORDER BY coalesce(nullif(array_position(array(${severity}), action_taken), 0), 99)
