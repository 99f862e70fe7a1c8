// Uploads (multipart requests to /graphql, which only importData takes) are judged before their body is read: a
// caller whose role may not import (no key, or a role below staff) gets 403 FORBIDDEN, as importData itself would
// answer, and a body larger than UPLOAD_MAX_BYTES 413 PAYLOAD_TOO_LARGE with `connection: close`, so that none of it
// is read. A body without Content-Length is read here up to the limit and no further. Place it after authentication,
// which records the caller's role.
import type { Plugin } from 'graphql-yoga';
import { requestActor, setRequestActor } from '../auth/actor.ts';
import { requiredRole } from '../auth/policy.ts';
import { roleAtLeast } from '../auth/roles.ts';
import type { AppConfig } from '../config/load-config.ts';
import { AppError, forbidden } from '../errors/app-errors.ts';
import { errorResponse } from '../errors/error-response.ts';

const UPLOAD_FIELD = 'Mutation.importData';
/**
 * Only for bodies over the limit: closing with unread bytes resets the connection, which a browser may report instead
 * of the answer; a refused upload within the limit is left for node to discard after the answer.
 */
const CLOSE = { connection: 'close' };

const isUpload = (request: Request, pathname: string): boolean =>
  pathname === '/graphql' && /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');

const tooLarge = (maxBytes: number): Response =>
  errorResponse(
    new AppError('PAYLOAD_TOO_LARGE', `The upload is larger than ${maxBytes} bytes (UPLOAD_MAX_BYTES)`, { maxBytes }),
    413,
    CLOSE,
  );

/** The body, read up to `maxBytes`; null as soon as it turns out longer (the rest is never read). */
async function readBounded(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(new ArrayBuffer(0));
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    length += part.value.length;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(part.value);
  }
  const body = new Uint8Array(new ArrayBuffer(length));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

export function useUploadGate(config: AppConfig): Plugin {
  const required = requiredRole(UPLOAD_FIELD);
  const maxBytes = config.import.maxBytes;
  return {
    async onRequest({ request, url, fetchAPI, setRequest, endResponse }) {
      if (!isUpload(request, url.pathname)) return;
      const actor = requestActor(request);
      if (!roleAtLeast(actor.role, required)) {
        endResponse(errorResponse(forbidden(UPLOAD_FIELD, required), 403));
        return;
      }
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > maxBytes) endResponse(tooLarge(maxBytes));
        // Node's HTTP parser never reads past a declared length, so the declaration is the bound.
        return;
      }
      const body = await readBounded(request, maxBytes);
      if (body === null) {
        endResponse(tooLarge(maxBytes));
        return;
      }
      const whole = new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body });
      // The caller is recorded per request object: the new one is the same caller.
      setRequestActor(whole, actor);
      setRequest(whole);
    },
  };
}
