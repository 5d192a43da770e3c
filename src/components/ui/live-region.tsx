interface LiveRegionProps {
  message: string;
  /** 'assertive' only for errors the user must hear now. */
  politeness?: 'polite' | 'assertive';
  visible?: boolean;
}

/** Announces `message` to screen readers whenever it changes; hidden unless asked. */
export function LiveRegion({ message, politeness = 'polite', visible = false }: LiveRegionProps) {
  return (
    <div
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      className={visible ? undefined : 'visually-hidden'}
    >
      {message}
    </div>
  );
}
