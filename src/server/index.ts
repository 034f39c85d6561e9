// Public surface of the HTTP server.
export { buildApp, JSON_BODY_LIMIT, type AppDeps } from './app.ts';
export { SESSION_COOKIE } from './session.ts';
export { prettyLogStream, prettyLine, type LogStream } from './logging.ts';
