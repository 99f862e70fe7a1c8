// The outermost request handler: whatever a request holds, its answer is a typed error or the app's own, never the
// HTTP library's default for a thrown error (a 500 with the stack trace and the server's file paths). A target or
// Host header that makes no URL, or a path whose percent-encoding is not UTF-8, is refused before any route sees it;
// anything thrown on the way is a 4xx when it describes the request, else a masked 500 whose cause stays in the log.
import { AppError } from '../errors/app-errors.ts';
import { errorResponse } from '../errors/error-response.ts';

type Handler<Context> = (request: Request, serverContext: Context) => Promise<Response> | Response;

/** A request the routes cannot read: null if the URL and its path decode. */
function malformedTarget(request: Request): AppError | null {
  let pathname: string;
  try {
    pathname = new URL(request.url).pathname;
  } catch {
    return new AppError('BAD_USER_INPUT', 'Malformed request: the Host header or request target is not a valid URL');
  }
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return new AppError('BAD_USER_INPUT', 'Malformed request: the path is not percent-encoded UTF-8');
  }
}

/** The HTTP status an error thrown while reading a request asks for, if it is the client's fault. */
function clientStatus(error: unknown): number | null {
  const { status, statusCode, extensions } = (error ?? {}) as {
    status?: unknown;
    statusCode?: unknown;
    extensions?: { http?: { status?: unknown } };
  };
  const given = [status, statusCode, extensions?.http?.status].find((value) => typeof value === 'number');
  if (typeof given === 'number' && given >= 400 && given < 500) return given;
  return error instanceof URIError ? 400 : null;
}

export function answerSafely<Context>(
  handle: Handler<Context>,
  log: (line: string) => void = console.error,
): Handler<Context> {
  return async (request, serverContext) => {
    const malformed = malformedTarget(request);
    if (malformed !== null) return errorResponse(malformed, 400);
    try {
      return await handle(request, serverContext);
    } catch (error) {
      const status = clientStatus(error);
      if (status !== null) return errorResponse(new AppError('BAD_USER_INPUT', 'Malformed request'), status);
      log(
        `graph-api: unexpected error answering ${request.method} ${new URL(request.url).pathname}: ${describe(error)}`,
      );
      return errorResponse(new AppError('INTERNAL_SERVER_ERROR', 'Unexpected error'), 500);
    }
  };
}

const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));
