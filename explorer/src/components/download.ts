// Saves a file for the user: a blob the page made, or one of the API's exports fetched with the API key (a plain
// link cannot send the Authorization header the exports need).
import { ApiError, normalizeErrorCode } from '../api/api-error';
import { authorizationHeaders } from '../api/api-key';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Excel opens UTF-8 CSV with Hangul correctly only when the file starts with a byte-order mark. */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

/** Fetches a same-origin file with the API key and saves it; an ApiError (FORBIDDEN, …) when the API refuses. */
export async function downloadWithKey(url: string, fileName: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: authorizationHeaders() });
  } catch (cause) {
    throw new ApiError('NETWORK_ERROR', 'the API could not be reached', { cause });
  }
  if (!response.ok) {
    // The export routes answer errors as GraphQL-shaped JSON: keep their code (FORBIDDEN, BAD_USER_INPUT, …).
    const body = (await response.json().catch(() => null)) as {
      errors?: Array<{ extensions?: { code?: unknown } }>;
    } | null;
    const code = normalizeErrorCode(body?.errors?.[0]?.extensions?.code);
    throw new ApiError(code === 'UNKNOWN' ? 'HTTP_ERROR' : code, `the export answered HTTP ${response.status}`, {
      status: response.status,
    });
  }
  downloadBlob(await response.blob(), fileName);
}
