// Reads uploaded files (decoding, CSV parsing, unpacking and reading workbooks) in a worker thread: seconds of CPU for
// a large upload, which on the API thread would stall every other request. A workbook that unpacks to more than the
// bound is reported before the reader unpacks it.
import { extname } from 'node:path';
import {
  readInputs,
  unzipsWithin,
  XLSX_MAX_UNZIPPED_BYTES,
  type ImportInput,
  type ReadInputsResult,
} from '@siheung/seed/import';

export interface UploadReadRequest {
  inputs: ImportInput[];
}

export type UploadReadReply = { read: ReadInputsResult } | { oversized: { name: string; maxBytes: number } };

export default async function readUploadsWorker({ inputs }: UploadReadRequest): Promise<UploadReadReply> {
  for (const input of inputs) {
    if (extname(input.name).toLowerCase() !== '.xlsx') continue;
    if (!(await unzipsWithin(input.bytes, XLSX_MAX_UNZIPPED_BYTES)).within)
      return { oversized: { name: input.name, maxBytes: XLSX_MAX_UNZIPPED_BYTES } };
  }
  return { read: await readInputs(inputs) };
}
