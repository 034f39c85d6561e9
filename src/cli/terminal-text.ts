// What the command line prints is made safe for a terminal: text from a transcript, an argument, a file name or
// the database may hold escape sequences (ESC]0;…BEL sets the window title, ESC[2J clears the screen, a bare
// CR overwrites what was printed) or bidi overrides that reorder what is shown. None of them is ever printed.

// C0 controls except tab and newline, DEL, C1 controls (U+0080–U+009F: 8-bit CSI and OSC), and the
// bidirectional embedding, override and isolate controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text without terminal control characters (tab and newline stay). */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, '');
}

/** A stream whose write() strips control characters; `raw` is the stream itself, for the progress bar only. */
export type TerminalStream<S extends NodeJS.WritableStream> = S & { raw: S };

/**
 * Wraps a stream so every string written to it passes terminalText. Everything else (isTTY, 'drain', columns)
 * is the stream's own. Only program-made control sequences (cli-progress) may use `raw`.
 */
export function terminalStream<S extends NodeJS.WritableStream>(stream: S): TerminalStream<S> {
  if ((stream as unknown as { raw?: S }).raw) return stream as TerminalStream<S>;
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'raw') return target;
      if (property === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...args: unknown[]) => boolean).call(
            target,
            typeof chunk === 'string' ? terminalText(chunk) : chunk,
            ...rest,
          );
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as TerminalStream<S>;
}

/** The stream without the wrapper, for control sequences the program itself makes (a progress bar). */
export function rawStream<S extends NodeJS.WritableStream>(stream: S): S {
  return (stream as unknown as { raw?: S }).raw ?? stream;
}
