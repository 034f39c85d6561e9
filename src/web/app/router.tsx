// A very small router on the History API: the app has a handful of routes, not worth a library's bytes.
import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const NAVIGATE = 'sluitstuk:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE, callback);
  };
}

/** The current location as path + search, re-rendering on navigation. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, search: url.searchParams };
}

/** Goes to a path inside the app; `replace` keeps the history short (e.g. after a redirect). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** Matches a path against a pattern such as '/conversations/:id/close/:step?'. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  if (pathParts.length > patternParts.length) return null;
  for (let i = 0; i < patternParts.length; i++) {
    const part = patternParts[i]!;
    const value = pathParts[i];
    if (part.startsWith(':')) {
      const optional = part.endsWith('?');
      const name = part.slice(1, optional ? -1 : undefined);
      if (value === undefined) {
        if (!optional) return null;
        continue;
      }
      params[name] = decodeURIComponent(value);
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

/** An ordinary link that navigates inside the app without reloading the page. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handle(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handle} {...rest} />;
}

// On the first page of a visit the browser's own start (top of the page, skip link first) is right;
// only after navigating inside the app does focus need to move.
let navigated = false;
if (typeof window !== 'undefined') {
  window.addEventListener(NAVIGATE, () => (navigated = true));
  window.addEventListener('popstate', () => (navigated = true));
}

/** Sets the document title and, after in-app navigation, moves focus to the page heading. */
export function usePageTitle(title: string, headingId = 'page-title'): void {
  useEffect(() => {
    document.title = `${title} · Sluitstuk`;
    if (!navigated) return;
    const heading = document.getElementById(headingId);
    if (heading && !heading.contains(document.activeElement)) heading.focus({ preventScroll: false });
  }, [title, headingId]);
}
