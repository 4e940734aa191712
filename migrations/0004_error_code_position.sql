ALTER TABLE `error_codes` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Rows written before this column: the position is the code's index in the stored article's list.
UPDATE `error_codes` SET `position` = COALESCE((
  SELECT j.`key` FROM `translations` t, json_each(t.`document`, '$.errorCodes') j
  WHERE t.`key` = `error_codes`.`key` AND upper(j.`value`) = upper(`error_codes`.`code`)
), 0);
