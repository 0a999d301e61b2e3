-- Rows saved before the baseline column: mark those the experiment's results JSON marks as baselines (matched by rank).
UPDATE "experiment_results" AS r SET "baseline" = true
FROM "experiments" AS e, jsonb_array_elements(e."results") AS stored
WHERE e."id" = r."experiment_id"
  AND (stored ->> 'rank')::integer = r."rank"
  AND (stored ->> 'baseline')::boolean;
