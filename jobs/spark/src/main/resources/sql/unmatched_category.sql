-- Counted records whose description matched no category of the taxonomy.
SELECT count(*) AS records FROM incidents WHERE category = 'OTHER'
