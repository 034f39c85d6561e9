// What the server logs, and how it looks. One line per request with the route pattern, never the URL as sent:
// query strings and free path segments carry names and search words (?q=jansen), which do not belong in a
// log. JSON lines for log collectors; readable lines for a person at a terminal.
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where log lines go: a stream of JSON lines (pino's destination). */
export interface LogStream {
  write(line: string): void;
}

/** The route a request matched, as declared ('/api/conversations/:id'), never the URL with its values. */
export function routeOf(request: FastifyRequest): string {
  if (request.is404) return '(not found)';
  return request.routeOptions.url ?? '(unknown)';
}

/**
 * pino serializers: a request is its method and route, an error its type, code, message and stack (database
 * errors carry the offending values in extra fields such as `detail`; those stay out).
 */
export const logSerializers = {
  req: (request: FastifyRequest) => ({ method: request.method, route: routeOf(request) }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: (error: Error) => {
    const code = (error as { code?: unknown }).code;
    return {
      type: error.name ?? 'Error',
      message: String(error.message),
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
      stack: error.stack ?? '',
    };
  },
};

/**
 * onResponse hook: one line per finished request (method, route, status, time). API requests at info;
 * health checks and the web app's files at debug, so opening the app does not fill the log with its assets.
 */
export async function logRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const route = routeOf(request);
  const api = request.url === '/api' || request.url.startsWith('/api/');
  // Health probes come every few seconds from a load balancer: debug, like the web app's files.
  const level = api && route !== '/api/health' ? 'info' : 'debug';
  request.log[level](
    {
      method: request.method,
      route,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    },
    'request',
  );
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

// Fields every pino line has, or that the readable form shows in its own place.
const SHOWN_APART = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'v']);

/** Two digits. */
const two = (n: number) => String(n).padStart(2, '0');

/** One JSON log line as a person reads it: time, level, message, then the remaining fields. */
export function prettyLine(json: string): string | null {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const message = typeof entry.msg === 'string' ? entry.msg : '';
  // Fastify announces every address it listens on; the serve command says it once, in the user's words.
  if (message.startsWith('Server listening at ')) return null;
  const time = new Date(typeof entry.time === 'number' ? entry.time : Date.now());
  const clock = `${two(time.getHours())}:${two(time.getMinutes())}:${two(time.getSeconds())}`;
  const level = LEVEL_NAMES[entry.level as number] ?? 'INFO';
  if (message === 'request' && typeof entry.route === 'string') {
    const tag = level === 'INFO' || level === 'DEBUG' ? '' : ` ${level}`;
    return `${clock}${tag} ${String(entry.method)} ${entry.route} → ${String(entry.status)} (${String(entry.ms)} ms)\n`;
  }
  const rest = Object.entries(entry)
    .filter(([key]) => !SHOWN_APART.has(key))
    .map(([key, value]) => {
      if (key === 'err' && value && typeof value === 'object') {
        const err = value as { type?: string; message?: string; stack?: string };
        return `\n  ${err.stack ?? `${err.type ?? 'Error'}: ${err.message ?? ''}`}`;
      }
      return ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`;
    })
    .join('');
  return `${clock} ${level} ${message}${rest}\n`;
}

/** A log destination that turns pino's JSON lines into readable ones on `out` (a terminal). */
export function prettyLogStream(out: { write(text: string): unknown }): LogStream {
  let pending = '';
  return {
    write(chunk: string) {
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.trim() !== '') {
          const pretty = prettyLine(line);
          if (pretty) out.write(pretty);
        }
        newline = pending.indexOf('\n');
      }
    },
  };
}
