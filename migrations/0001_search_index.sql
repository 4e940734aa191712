-- Full-text search over the current translations, filled by the import (kb/store/search-text.ts).
-- Word index: case and accents folded ("wylaczyc" finds "wyłączyć" except for ł, which unicode61
-- keeps; the query side spells such words both ways). Inflection is handled at query time with
-- stem prefixes (kb/search). bm25 column weights are applied at query time.
-- `locale` is indexed so a locale filter is part of the MATCH: filtering on a stored column
-- would make FTS5 read every matching row's whole content (body included) from disk.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  `key` UNINDEXED,
  `locale`,
  `title`,
  `summary`,
  `symptoms`,
  `body`,
  `codes`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Substring index for exact strings (error text, GUIDs, file versions, parts of identifiers) and
-- the typo-tolerant fallback. Accents folded too (needs SQLite 3.45+; workerd/D1 and
-- better-sqlite3 ship newer), so "zatwierdzen" is a substring of "zatwierdzeń".
CREATE VIRTUAL TABLE `articles_trigram` USING fts5(
  `key` UNINDEXED,
  `locale`,
  `title`,
  `body`,
  tokenize = 'trigram remove_diacritics 1'
);
