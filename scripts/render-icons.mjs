// Draws the Lianxin mark (a heart resting on an arch bridge: 连心桥) as SVG and renders the PNG
// icons the manifest and iOS need, with Debian's Chromium through playwright-core.
// Run: node scripts/render-icons.mjs   (writes public/favicon.svg, public/favicon-32.png, public/icons/*)
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const RED = '#c8102e';
const WHITE = '#ffffff';

const mark = (color) => `
  <path fill="${color}" d="M256 300C256 300 160 240 160 180C160 145 188 122 218 122C236 122 250 132 256 145C262 132 276 122 294 122C324 122 352 145 352 180C352 240 256 300 256 300Z"/>
  <g fill="none" stroke="${color}" stroke-linecap="round" stroke-linejoin="round">
    <path stroke-width="22" d="M96 372H416"/>
    <path stroke-width="18" d="M118 372Q256 248 394 372"/>
    <path stroke-width="10" d="M170 338V372M213 318V372M299 318V372M342 338V372"/>
  </g>`;

/** kind: 'rounded' (any-purpose, transparent corners), 'full' (maskable / apple, edge to edge). */
function svg(kind, scale = 1) {
  const background =
    kind === 'rounded'
      ? `<rect width="512" height="512" rx="112" fill="${RED}"/>`
      : `<rect width="512" height="512" fill="${RED}"/>`;
  const offset = (512 - 512 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}<g transform="translate(${offset} ${offset}) scale(${scale})">${mark(WHITE)}</g></svg>`;
}

const outputs = [
  { file: 'public/icons/icon-192.png', size: 192, svg: svg('rounded') },
  { file: 'public/icons/icon-512.png', size: 512, svg: svg('rounded') },
  // Maskable: the mark stays inside the 80 % safe circle whatever shape the launcher cuts.
  { file: 'public/icons/maskable-512.png', size: 512, svg: svg('full', 0.8) },
  { file: 'public/icons/apple-touch-icon.png', size: 180, svg: svg('full', 0.9) },
  { file: 'public/favicon-32.png', size: 32, svg: svg('rounded') },
];

await mkdir('public/icons', { recursive: true });
await writeFile('public/favicon.svg', svg('rounded') + '\n');
await writeFile('public/icons/icon.svg', svg('rounded') + '\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg: source } of outputs) {
    await page.setViewportSize({ width: size, height: size });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page.screenshot({
      path: file,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log('wrote', file);
  }
} finally {
  await browser.close();
}
