import type { ReactNode } from 'react';

interface ToastProps {
  message: string;
  action?: ReactNode;
}

/** A short message above the tab bar; the live region makes screen readers say it too. */
export function Toast({ message, action }: ToastProps) {
  return (
    <div className="toast" role="status" aria-live="polite" aria-atomic="true">
      <span>{message}</span>
      {action}
    </div>
  );
}
