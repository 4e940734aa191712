DROP INDEX `translations_number_idx`;--> statement-breakpoint
CREATE INDEX `translations_number_idx` ON `translations` (`number`,`locale`,`content_hash`,`revision`,`updated_at`);