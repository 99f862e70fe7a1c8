// Decodes a text file the way Korean spreadsheets save it: UTF-8 with or without a BOM ("CSV UTF-8"),
// UTF-16 with a BOM ("Unicode text"), or CP949/EUC-KR (Korean Excel's plain "CSV"). Bytes that are not
// valid in the file's encoding are an error naming the byte offset and line: never a U+FFFD in the data.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Problem } from './problem.ts';

export const TEXT_ENCODINGS = ['auto', 'utf8', 'cp949'] as const;
export type TextEncodingChoice = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  readonly text: string;
  /** What was found: utf-8, utf-8 (BOM), utf-16le (BOM), utf-16be (BOM) or cp949. */
  readonly encoding: string;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

function badBytes(bytes: Uint8Array, offset: number): string {
  return [...bytes.subarray(offset, offset + 4)]
    .map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join(' ');
}

/** The first U+FFFD of a decoding, located in the bytes (the text before it re-encodes to the same bytes). */
function invalidAt(
  bytes: Uint8Array,
  text: string,
  encoding: 'utf8' | 'cp949',
  skip: number,
  file: string,
  name: string,
): Problem | null {
  const index = text.indexOf('\uFFFD');
  if (index === -1) return null;
  const offset = skip + iconv.encode(text.slice(0, index), encoding).length;
  return {
    file,
    row: lineAt(text, index),
    column: '',
    value: badBytes(bytes, offset),
    expected:
      `${name} text, but byte offset ${offset} is not (save the file again as "CSV UTF-8", or fix the character ` +
      `there)`,
  };
}

function decodeAs(
  bytes: Uint8Array,
  encoding: 'utf8' | 'cp949',
  file: string,
): { decoded: DecodedText } | { problem: Problem } {
  if (encoding === 'utf8') {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const body = bytes.subarray(bom ? 3 : 0);
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    // A U+FFFD that is really in the text is reported at its cell (parse-table), not as bad bytes.
    const problem = isUtf8(body) ? null : invalidAt(bytes, text, 'utf8', bom ? 3 : 0, file, 'UTF-8');
    return problem ? { problem } : { decoded: { text, encoding: bom ? 'utf-8 (BOM)' : 'utf-8' } };
  }
  const text = iconv.decode(Buffer.from(bytes), 'cp949');
  const problem = invalidAt(bytes, text, 'cp949', 0, file, 'CP949 (EUC-KR)');
  return problem ? { problem } : { decoded: { text, encoding: 'cp949' } };
}

/**
 * Decodes a file's bytes. `auto` (the default): a BOM decides; otherwise valid UTF-8 is UTF-8, and
 * anything else is tried as CP949. When neither fits, the error is reported in the encoding the file
 * most looks like: the one in which fewer bytes fail.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  choice: TextEncodingChoice = 'auto',
): { decoded: DecodedText } | { problem: Problem } {
  if (choice !== 'auto') return decodeAs(bytes, choice, file);
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, bom))
      return {
        decoded: { text: iconv.decode(Buffer.from(bytes.subarray(2)), encoding), encoding: `${encoding} (BOM)` },
      };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || isUtf8(bytes)) return decodeAs(bytes, 'utf8', file);
  const cp949 = decodeAs(bytes, 'cp949', file);
  if ('decoded' in cp949) return cp949;
  const lost = (text: string): number => text.match(/\uFFFD/g)?.length ?? 0;
  return lost(Buffer.from(bytes).toString('utf8')) <= lost(iconv.decode(Buffer.from(bytes), 'cp949'))
    ? decodeAs(bytes, 'utf8', file)
    : cp949;
}
