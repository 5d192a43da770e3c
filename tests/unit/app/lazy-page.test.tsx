import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPage } from '../../../src/app/lazy-page.tsx';

afterEach(cleanup);

function Page({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {label} {count}
    </button>
  );
}

/** A chunk that arrives when the test says so. */
function deferredChunk() {
  let arrive!: () => void;
  const loaded = new Promise<void>((resolve) => (arrive = resolve));
  const load = vi.fn(() => loaded.then(() => Page));
  return { load, arrive };
}

const shell = (ui: React.ReactNode) => <Suspense fallback={<p>loading</p>}>{ui}</Suspense>;

describe('lazyPage', () => {
  it('renders a preloaded page at once, with no fallback in between', async () => {
    const chunk = deferredChunk();
    const LazyOne = lazyPage(chunk.load);
    const preloading = LazyOne.preload();
    chunk.arrive();
    await preloading;
    render(shell(<LazyOne label="lessons" />));
    // Synchronously after render: no suspension, so no fallback and no throttled reveal.
    expect(screen.queryByText('loading')).toBeNull();
    expect(screen.getByRole('button').textContent).toBe('lessons 0');
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('suspends behind its boundary when not loaded yet, and loads the chunk once', async () => {
    const chunk = deferredChunk();
    const LazyOne = lazyPage(chunk.load);
    render(
      shell(
        <>
          <LazyOne label="a" />
          <LazyOne label="b" />
        </>,
      ),
    );
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => chunk.arrive());
    expect(await screen.findByText('a 0')).toBeTruthy();
    expect(screen.getByText('b 0')).toBeTruthy();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('keeps the state of a page mounted lazily when it renders again after its chunk arrived', async () => {
    const chunk = deferredChunk();
    const LazyOne = lazyPage(chunk.load);
    const { rerender } = render(shell(<LazyOne label="x" />));
    await act(async () => chunk.arrive());
    const button = await screen.findByRole('button');
    await act(async () => button.click());
    expect(screen.getByRole('button').textContent).toBe('x 1');
    // A new render of the same mount must not swap the lazy wrapper for the loaded component
    // (a different element type would remount the page and lose the count).
    rerender(shell(<LazyOne label="y" />));
    expect(screen.getByRole('button').textContent).toBe('y 1');
  });

  it('asks for a chunk again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<typeof Page>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(Page);
    const LazyOne = lazyPage(load);
    await expect(LazyOne.preload()).rejects.toThrow('offline');
    await LazyOne.preload();
    render(shell(<LazyOne label="again" />));
    expect(screen.getByRole('button').textContent).toBe('again 0');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
