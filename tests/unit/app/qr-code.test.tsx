import { cleanup, render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it } from 'vitest';
import { QrCode } from '../../../src/components/ui/qr-code.tsx';

/** Paints the SVG's rects into pixels (4 px a module) so a real decoder can read them back. */
function rasterize(svg: SVGSVGElement) {
  const [, , size] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  if (!size) throw new Error('no viewBox');
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const rect of svg.querySelectorAll('rect.qr__dark')) {
    const x = Number(rect.getAttribute('x'));
    const y = Number(rect.getAttribute('y'));
    const w = Number(rect.getAttribute('width'));
    for (let py = y * scale; py < (y + 1) * scale; py += 1) {
      for (let px = x * scale; px < (x + w) * scale; px += 1) {
        const i = (py * width + px) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return { pixels, width };
}

describe('QrCode', () => {
  afterEach(cleanup);

  it('renders an SVG image with an accessible name', () => {
    render(<QrCode value="card-token-123" label="王芳的党员证二维码" />);
    const image = screen.getByRole('img', { name: '王芳的党员证二维码' });
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image.querySelectorAll('rect.qr__dark').length).toBeGreaterThan(10);
  });

  it('draws a code that decodes back to the value', () => {
    const value = 'https://lianxin.example/checkin?e=0190a1b2-c3d4&w=57600123&c=042917';
    render(<QrCode value={value} label="签到码" />);
    const svg = screen.getByRole('img', { name: '签到码' });
    if (!(svg instanceof SVGSVGElement)) throw new Error('not an svg');
    const { pixels, width } = rasterize(svg);
    expect(jsQR(pixels, width, width)?.data).toBe(value);
  });
});
