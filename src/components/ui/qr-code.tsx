import { useMemo } from 'react';
import { encode, type QrCodeGenerateOptions } from 'uqr';

interface QrCodeProps {
  value: string;
  /** What the code is for, read by screen readers ("Member card of …"). */
  label: string;
  ecc?: QrCodeGenerateOptions['ecc'];
  className?: string;
}

/** One <rect> per horizontal run of dark modules keeps the DOM small for a phone. */
function runs(matrix: boolean[][]): { x: number; y: number; w: number }[] {
  const out: { x: number; y: number; w: number }[] = [];
  matrix.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x += 1) {
      const dark = x < row.length && row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        out.push({ x: start, y, w: x - start });
        start = -1;
      }
    }
  });
  return out;
}

export function QrCode({ value, label, ecc = 'M', className }: QrCodeProps) {
  const { size, rects } = useMemo(() => {
    const qr = encode(value, { ecc, border: 4 });
    return { size: qr.size, rects: runs(qr.data) };
  }, [value, ecc]);
  return (
    <svg
      className={className ? `qr ${className}` : 'qr'}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect className="qr__bg" width={size} height={size} />
      {rects.map((rect) => (
        <rect
          key={`${rect.x}:${rect.y}`}
          className="qr__dark"
          x={rect.x}
          y={rect.y}
          width={rect.w}
          height={1}
        />
      ))}
    </svg>
  );
}
