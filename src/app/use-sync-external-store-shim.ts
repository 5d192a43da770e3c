// react-i18next imports `use-sync-external-store/shim`, a fallback for React < 18; React 19 has
// the hook itself, so the build points that import here (vite.config.ts) and skips the shim.
export { useSyncExternalStore } from 'react';
