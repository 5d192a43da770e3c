import { lazy, useState, type ComponentType, type ReactElement } from 'react';

/**
 * A route's page in a chunk of its own that can also be loaded ahead of its first render.
 *
 * `React.lazy` alone suspends on every first render, even when the chunk is already in memory,
 * and React holds back the content that replaces a Suspense fallback for up to 300 ms after the
 * fallback appeared, so that fallbacks do not flash. On a cold start that throttle, not the
 * chunk, decided when the first screen appeared (docs/performance.md, "Offline start"). The app
 * therefore loads the first route's chunk before React's first render (`preloadRoute`), and a
 * page whose chunk is loaded renders directly, with no Suspense at all. Pages reached later still
 * load lazily behind their Suspense boundary.
 */
export interface LazyPage<P extends object> {
  (props: P): ReactElement;
  /** Starts loading the chunk (once) and resolves when the page can render without suspending. */
  preload: () => Promise<unknown>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        loading = undefined; // a failed chunk may be asked again (after an update, say)
        throw err;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later would
    // be a different element type, and React would remount the page and lose its state.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Page, { preload });
}
