// How many bytes a zip archive (an .xlsx workbook) unpacks to, counted by inflating every entry its central directory
// lists (node's zlib, nothing kept) and stopping as soon as the count passes a bound: the sizes an archive declares
// can lie, the inflated bytes cannot.
import { createInflateRaw } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  readonly method: number;
  readonly data: Uint8Array;
}

/** The entries' compressed data, or null when the bytes are not a zip archive this check can read. */
function entriesOf(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return null;
  const entries: Entry[] = [];
  let at = u32(end + 16);
  for (let index = u16(end + 10); index > 0; index -= 1) {
    if (u32(at) !== DIRECTORY_ENTRY) return null;
    const [method, size, local] = [u16(at + 10), u32(at + 20), u32(at + 42)];
    // ZIP64 (sizes or offsets of 0xFFFFFFFF) is never needed by a workbook an upload may carry.
    if (size === 0xffffffff || local === 0xffffffff || u32(local) !== LOCAL_HEADER) return null;
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + size > bytes.length) return null;
    entries.push({ method, data: bytes.subarray(start, start + size) });
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** Inflates `data`, counting; resolves with the bytes counted, or stops at `room` + 1. */
function inflatedSize(data: Uint8Array, room: number): Promise<number> {
  return new Promise((resolve) => {
    let counted = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      counted += chunk.length;
      if (counted > room) {
        inflate.destroy();
        resolve(counted);
      }
    });
    inflate.on('end', () => resolve(counted));
    // A broken stream is the reader's to report; what was counted stands.
    inflate.on('error', () => resolve(counted));
    inflate.end(data);
  });
}

/**
 * Whether `bytes` unpacks to at most `maxBytes` in all; `unpacked` is how far the count got. Bytes that are not a zip
 * archive this can read are "within": the workbook reader then says what is wrong with them.
 */
export async function unzipsWithin(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<{ within: boolean; unpacked: number }> {
  const entries = entriesOf(bytes);
  let unpacked = 0;
  for (const entry of entries ?? []) {
    if (entry.method === STORED) unpacked += entry.data.length;
    else if (entry.method === DEFLATED) unpacked += await inflatedSize(entry.data, maxBytes - unpacked);
    if (unpacked > maxBytes) return { within: false, unpacked };
  }
  return { within: true, unpacked };
}
