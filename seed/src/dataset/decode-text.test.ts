import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const decoded = (result: ReturnType<typeof decodeText>) => ('decoded' in result ? result.decoded : result.problem);

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    expect(decoded(decodeText(utf8('id\n서울'), 'x.csv'))).toEqual({ text: 'id\n서울', encoding: 'utf-8' });
    expect(decoded(decodeText(utf8('\uFEFFid\n서울'), 'x.csv'))).toEqual({ text: 'id\n서울', encoding: 'utf-8 (BOM)' });
    expect(
      decoded(decodeText(Uint8Array.from([0xff, 0xfe, ...iconv.encode('id\t서울', 'utf-16le')]), 'x.txt')),
    ).toEqual({ text: 'id\t서울', encoding: 'utf-16le (BOM)' });
  });

  it('recognises CP949 (Korean Excel), including the extended Hangul EUC-KR lacks', () => {
    const bytes = iconv.encode('이름\n똠방각하 뷁\n', 'cp949');
    expect(decoded(decodeText(bytes, 'x.csv'))).toEqual({ text: '이름\n똠방각하 뷁\n', encoding: 'cp949' });
  });

  it('names the byte offset and line of bytes that fit neither encoding', () => {
    const broken = Uint8Array.from([...utf8('id,name\nA,서울\nB,'), 0xff, ...utf8('x\n')]);
    expect(decoded(decodeText(broken, 'x.csv'))).toEqual({
      file: 'x.csv',
      row: 3,
      column: '',
      value: '0xFF 0x78 0x0A',
      expected:
        'UTF-8 text, but byte offset 19 is not (save the file again as "CSV UTF-8", or fix the character there)',
    });
    const cp949 = Uint8Array.from([...iconv.encode('이름\n가나\n', 'cp949'), 0xc9, 0x20]);
    expect(decoded(decodeText(cp949, 'x.csv'))).toMatchObject({
      row: 3,
      value: '0xC9 0x20',
      expected: expect.stringMatching(/^CP949 \(EUC-KR\) text, but byte offset 10 is not/),
    });
  });

  it('decodes in the encoding asked for, and reports what does not fit it', () => {
    expect(decoded(decodeText(iconv.encode('서울', 'cp949'), 'x.csv', 'utf8'))).toMatchObject({
      row: 1,
      expected: expect.stringMatching(/^UTF-8 text, but byte offset 0/),
    });
    expect(decoded(decodeText(iconv.encode('서울', 'cp949'), 'x.csv', 'cp949'))).toEqual({
      text: '서울',
      encoding: 'cp949',
    });
  });
});
