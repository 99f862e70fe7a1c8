// Text made safe for XML 1.0: characters it cannot hold at all dropped, markup characters escaped.

// Most control characters, lone surrogates and U+FFFE/U+FFFF: a strict XML reader (Gephi's, networkx's) refuses them.
// eslint-disable-next-line no-control-regex -- matching control characters is this expression's whole purpose
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The text without the characters XML 1.0 cannot hold (for writers that escape markup themselves). */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The text ready for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return xmlCharacters(text).replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}
