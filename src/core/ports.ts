// Ports: what the domain needs from the outside world, as interfaces. Adapters live in services/storage.

/** The current time; injected everywhere so tests can fix it. */
export interface Clock {
  now(): Date;
}

/** New identifiers and secrets. */
export interface Ids {
  /** A new unique id for a stored entity. */
  id(): string;
}

/** A clock that always says the same time, moved on by hand (tests, benchmarks). */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** How a PDF is printed: the metadata title, the footer of every page, and whether it must fit one page. */
export interface PdfOptions {
  /** The document's title (also the PDF's Title metadata). */
  title: string;
  /** Text at the start of every page's footer (organisation and conversation); empty for none. */
  footer: string;
  /** Page number text with the placeholders {page} and {pages} ("Pagina {page} van {pages}"). */
  pageLabel: string;
  /** Shrink the page to fit on one A4 sheet (the handout), never below a readable size. */
  onePage?: boolean;
}

/** Prints a self-contained HTML document to an accessible A4 PDF (tagged, with an outline). */
export interface PdfRenderer {
  /** The PDF's bytes; throws AppError('pdf_unavailable') when no browser can print. */
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
  /** Releases the browser, if one was started. */
  close(): Promise<void>;
}
