// The header's badges count unread notifications; a page that marks some read tells it to count again at once
// (otherwise the header would look again only at the next navigation).
const EVENT = 'sluitstuk:notifications-changed';

/** Tells the header that notifications were read (or came in) here. */
export function notificationsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` whenever a page says notifications changed; returns the way to stop. */
export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
