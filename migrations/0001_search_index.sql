-- Full-text search over the current translations, filled by the import (kb/store).
-- Word index: diacritics folded so "wylaczyc" finds "wyłączyć"; bm25 weights are applied at query time.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  `key` UNINDEXED,
  `locale` UNINDEXED,
  `title`,
  `summary`,
  `symptoms`,
  `body`,
  `codes`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Substring index for exact strings (error text, GUIDs, file versions) and typo-tolerant fallback.
CREATE VIRTUAL TABLE `articles_trigram` USING fts5(
  `key` UNINDEXED,
  `locale` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'trigram'
);
