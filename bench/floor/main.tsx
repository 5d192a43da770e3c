// The stack floor: the libraries the app is built on and nothing of the app's own (bench/README.md,
// "The stack floor"). React, react-router, Dexie with a live query of 20 rows, i18next, zustand
// and workbox-window, in one chunk, with a precaching service worker made by the same plugin. The
// browser benchmarks load it in the same runs as the app, so a ratio to it is honest about what
// the machine and the stack cost before any code of ours runs.
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { Workbox } from 'workbox-window';
import { create } from 'zustand';

interface Row {
  id: string;
  title: string;
  speaker: string;
}

const db = new Dexie('stack-floor') as Dexie & { rows: EntityTable<Row, 'id'> };
db.version(1).stores({ rows: 'id, title' });

const useFilter = create<{ text: string; set: (text: string) => void }>()((set) => ({
  text: '',
  set: (text) => set({ text }),
}));

await i18next.use(initReactI18next).init({
  lng: 'zh-CN',
  resources: {
    // Keys the app's typed resources also have (src/i18n/i18next.d.ts types every t() here too).
    'zh-CN': { translation: { appName: '微党课', loading: '还没有内容', back: '返回' } },
  },
  interpolation: { escapeValue: false },
});

// The same rows on every visit, so each navigation reads what the last one left.
async function seed() {
  if ((await db.rows.count()) >= 20) return;
  await db.rows.bulkPut(
    Array.from({ length: 20 }, (_, i) => ({
      id: `r${String(i).padStart(2, '0')}`,
      title: `第${i + 1}课 创业园区里的党员先锋`,
      speaker: `讲师${i + 1}`,
    })),
  );
}

function List() {
  const { t } = useTranslation();
  const text = useFilter((s) => s.text);
  const rows = useLiveQuery(() => db.rows.orderBy('title').limit(20).toArray(), []);
  if (!rows) return null;
  const shown = rows.filter((r) => r.title.includes(text));
  return (
    <main>
      <h1>{t('appName')}</h1>
      {shown.length === 0 ? (
        <p>{t('loading')}</p>
      ) : (
        <ul className="lesson-list">
          {shown.map((r) => (
            <li className="lesson-row" key={r.id}>
              <strong>{r.title}</strong>
              <span>{r.speaker}</span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/about">{t('back')}</Link>
    </main>
  );
}

void seed();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route path="*" element={<List />} />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);

if ('serviceWorker' in navigator) void new Workbox('/sw.js').register();
