import type { ComponentChildren } from 'preact';

/** A message box; errors are announced at once (role="alert"), other notices politely. */
export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error'; children: ComponentChildren }) {
  return (
    <div class={kind === 'error' ? 'notice error' : 'notice'} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
