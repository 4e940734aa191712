CREATE TABLE `article_products` (
	`key` text NOT NULL,
	`number` integer NOT NULL,
	`product_slug` text NOT NULL,
	`version` text NOT NULL,
	`relation` text NOT NULL,
	`note` text,
	PRIMARY KEY(`key`, `product_slug`, `version`)
);
--> statement-breakpoint
CREATE INDEX `article_products_product_idx` ON `article_products` (`product_slug`,`version`);--> statement-breakpoint
CREATE TABLE `articles` (
	`number` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_id_unique` ON `articles` (`id`);--> statement-breakpoint
CREATE TABLE `error_codes` (
	`key` text NOT NULL,
	`number` integer NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`key`, `code`)
);
--> statement-breakpoint
CREATE INDEX `error_codes_code_idx` ON `error_codes` (`code`);--> statement-breakpoint
CREATE TABLE `labels` (
	`key` text NOT NULL,
	`number` integer NOT NULL,
	`label` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`key`, `kind`, `label`)
);
--> statement-breakpoint
CREATE INDEX `labels_label_idx` ON `labels` (`label`);--> statement-breakpoint
CREATE TABLE `log_excerpts` (
	`key` text NOT NULL,
	`log_id` text NOT NULL,
	`source` text NOT NULL,
	`path` text NOT NULL,
	`phase` text,
	`text` text NOT NULL,
	PRIMARY KEY(`key`, `log_id`)
);
--> statement-breakpoint
CREATE TABLE `products` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `revisions` (
	`key` text NOT NULL,
	`number` integer NOT NULL,
	`locale` text NOT NULL,
	`n` integer NOT NULL,
	`content_hash` text,
	`source` text,
	`origin` text NOT NULL,
	`action` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`key`, `n`)
);
--> statement-breakpoint
CREATE TABLE `translations` (
	`key` text PRIMARY KEY NOT NULL,
	`number` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`source_revision` text NOT NULL,
	`last_reviewed` text NOT NULL,
	`content_hash` text NOT NULL,
	`revision` integer NOT NULL,
	`document` text NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`number`) REFERENCES `articles`(`number`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `translations_number_idx` ON `translations` (`number`,`locale`);