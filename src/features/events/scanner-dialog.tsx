import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/ui/dialog.tsx';
import { startScanner, type ScanError } from './qr-scanner.ts';
import './strings.ts';

interface ScannerDialogProps {
  open: boolean;
  title: string;
  hint: string;
  onClose: () => void;
  /** returns true when the text was what we wanted (scanning stops), false to keep looking */
  onText: (text: string) => boolean;
}

/** The camera in a sheet, reading QR codes until one fits. Loaded only when opened. */
export function ScannerDialog({ open, title, hint, onClose, onText }: ScannerDialogProps) {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<ScanError | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  });
  useEffect(() => {
    if (!open || !video.current) return;
    let scanner: { stop(): void } | null = null;
    let cancelled = false;
    setError(null);
    startScanner(video.current, (text) => onTextRef.current(text))
      .then((s) => {
        if (cancelled) s.stop();
        else scanner = s;
      })
      .catch((err: unknown) => {
        const code = err instanceof Error ? err.message : 'failed';
        setError(code === 'denied' || code === 'no_camera' ? code : 'failed');
      });
    return () => {
      cancelled = true;
      scanner?.stop();
    };
  }, [open]);
  return (
    <Dialog open={open} title={title} onClose={onClose} closeLabel={tc('close')} variant="sheet">
      <p className="muted">{hint}</p>
      <video ref={video} className="scanner__video" muted playsInline aria-label={title} />
      {error && (
        <p className="form-error" role="alert">
          {t(`scanner.${error}`)}
        </p>
      )}
    </Dialog>
  );
}
