-- Rows saved before the baseline column: mark those the experiment's results JSON marks as baselines (matched by rank).
UPDATE `experiment_results` SET `baseline` = 1
WHERE EXISTS (
  SELECT 1 FROM `experiments` AS e, json_each(e.`results`) AS stored
  WHERE e.`id` = `experiment_results`.`experiment_id`
    AND json_extract(stored.`value`, '$.rank') = `experiment_results`.`rank`
    AND json_extract(stored.`value`, '$.baseline') = 1
);
