-- FTS rows now live under a rowid computed from their translation (kb/store/translation.writes.ts:
-- number * 16 + locale index + 1, pl-PL = 1, en-US = 2), so writes delete them by rowid instead of
-- scanning the table. Databases indexed before that keep SQLite's sequential rowids: renumber them.
CREATE TABLE `fts_renumber` AS
  SELECT rowid AS old_rowid,
    CAST(substr(`key`, 1, instr(`key`, ':') - 1) AS INTEGER) * 16 + (CASE `locale` WHEN 'pl-PL' THEN 1 ELSE 2 END) AS new_rowid,
    `key`, `locale`, `title`, `summary`, `symptoms`, `body`, `codes`
  FROM `articles_fts`;
--> statement-breakpoint
DELETE FROM `articles_fts` WHERE rowid IN (SELECT old_rowid FROM `fts_renumber` WHERE old_rowid <> new_rowid);
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, `key`, `locale`, `title`, `summary`, `symptoms`, `body`, `codes`)
  SELECT new_rowid, `key`, `locale`, `title`, `summary`, `symptoms`, `body`, `codes` FROM `fts_renumber` WHERE old_rowid <> new_rowid;
--> statement-breakpoint
DROP TABLE `fts_renumber`;
--> statement-breakpoint
CREATE TABLE `trigram_renumber` AS
  SELECT rowid AS old_rowid,
    CAST(substr(`key`, 1, instr(`key`, ':') - 1) AS INTEGER) * 16 + (CASE `locale` WHEN 'pl-PL' THEN 1 ELSE 2 END) AS new_rowid,
    `key`, `locale`, `title`, `body`
  FROM `articles_trigram`;
--> statement-breakpoint
DELETE FROM `articles_trigram` WHERE rowid IN (SELECT old_rowid FROM `trigram_renumber` WHERE old_rowid <> new_rowid);
--> statement-breakpoint
INSERT INTO `articles_trigram` (rowid, `key`, `locale`, `title`, `body`)
  SELECT new_rowid, `key`, `locale`, `title`, `body` FROM `trigram_renumber` WHERE old_rowid <> new_rowid;
--> statement-breakpoint
DROP TABLE `trigram_renumber`;
