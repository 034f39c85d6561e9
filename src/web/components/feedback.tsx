// Messages to the leader: calm notices, errors that say what to do, and a polite live region.
import type { ReactNode } from 'react';

/** A boxed message. Errors use role="alert" only when they follow an action of the leader. */
export function Notice({
  kind = 'info',
  children,
  title,
  live,
}: {
  kind?: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
  title?: ReactNode;
  /** 'polite' announces changes without interrupting; 'assertive' only for failed actions. */
  live?: 'polite' | 'assertive';
}) {
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div className={`notice notice--${kind}`} role={role}>
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__body">{children}</div>
    </div>
  );
}

/** Text for screen readers only. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}

/** A calm loading line, announced politely. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
