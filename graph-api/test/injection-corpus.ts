// Strings that break naive code: quotes, Cypher and Lucene fragments, parameter look-alikes, Unicode tricks and
// 100 kB texts. The injection test sends each one to every string and ID argument of the schema.
export interface Payload {
  name: string;
  value: string;
}

export const INJECTION_CORPUS: readonly Payload[] = [
  { name: 'single quote', value: "'" },
  { name: 'double quote', value: '"' },
  { name: 'backslash quote', value: '\\\' \\" \\\\' },
  { name: 'backticks', value: '`n`) RETURN 1 //' },
  { name: 'or 1=1', value: "' OR 1=1 --" },
  { name: 'double-quoted or', value: '" OR ""="' },
  { name: 'detach delete', value: '}) MATCH (n) DETACH DELETE n //' },
  { name: 'quoted detach delete', value: "'}) MATCH (n) DETACH DELETE n RETURN 1 //" },
  { name: 'cypher comment', value: '/* */ CALL db.labels() YIELD label RETURN label //' },
  { name: 'parameter', value: '$param' },
  { name: 'parameter braces', value: '{prefix} $prefix ${prefix}' },
  { name: 'lucene', value: '*:* OR name:* AND (x~ [a TO z] ^2 \\' },
  { name: 'regex', value: '.*(?i)' },
  { name: 'json operator', value: '{"$ne": null}' },
  { name: 'newlines', value: 'a\r\nb\nc\u2028d' },
  { name: 'rtl override', value: '\u202Egnp.exe\u202C' },
  { name: 'zero-width', value: 'a\u200Bb\u200C\u200Dc\uFEFF' },
  { name: 'nul', value: 'a\u0000b' },
  { name: 'lone high surrogate', value: 'a\uD800b' },
  { name: 'lone low surrogate', value: '\uDC00' },
  { name: 'hangul jamo', value: '\u1109\u1175\u1112\u1173\u11BC' },
  { name: 'combining marks', value: 'e\u0301\u0301\u0301' },
  { name: 'empty', value: '' },
  { name: 'spaces', value: '   ' },
  { name: '100 kB ascii', value: 'A'.repeat(100_000) },
  { name: '100 kB hangul', value: '가'.repeat(50_000) },
];
