// The API key the user entered (Authorization: Bearer <key>): kept in sessionStorage only (gone when the tab
// closes, never in the URL), read by the GraphQL client on each request, observable for the header's setting.

export const API_KEY_STORAGE_KEY = 'siheung.apiKey';

/** Keys are opaque tokens; anything with spaces or control characters cannot be a header value. */
const KEY_PATTERN = /^[\x21-\x7e]{8,512}$/;

type Listener = () => void;
const listeners = new Set<Listener>();
/** Bumped on every save or clear: what depends on the key (the viewer's role) reloads when it changes. */
let version = 0;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled by the browser: the key lives for no request
  }
}

export function isPlausibleApiKey(text: string): boolean {
  return KEY_PATTERN.test(text);
}

export function readApiKey(): string | null {
  const key = storage()?.getItem(API_KEY_STORAGE_KEY) ?? null;
  return key !== null && isPlausibleApiKey(key) ? key : null;
}

function notify(): void {
  version += 1;
  for (const listener of [...listeners]) listener();
}

/** Stores a trimmed key; false when it cannot be one (then nothing is stored). */
export function saveApiKey(text: string): boolean {
  const key = text.trim();
  if (!isPlausibleApiKey(key)) return false;
  storage()?.setItem(API_KEY_STORAGE_KEY, key);
  notify();
  return true;
}

export function clearApiKey(): void {
  storage()?.removeItem(API_KEY_STORAGE_KEY);
  notify();
}

/** For useSyncExternalStore: called after every save or clear in this tab. */
export function subscribeApiKey(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever the key is saved or cleared in this tab (a snapshot for useSyncExternalStore). */
export function apiKeyVersion(): number {
  return version;
}

/** The header to send, or none without a key. */
export function authorizationHeaders(key: string | null = readApiKey()): Record<string, string> {
  return key === null ? {} : { authorization: `Bearer ${key}` };
}
