// 003-fulltext-names: full-text search over organisation and capability names, Korean and English.
// The `cjk` analyzer indexes Hangul as overlapping bigrams, so partial input such as 서울대 finds
// 서울대학교 시흥캠퍼스; English words are lower-cased tokens.
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS
FOR (n:Organization) ON EACH [n.name, n.nameEn, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX capability_names IF NOT EXISTS
FOR (n:Capability) ON EACH [n.name, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
