/** A Cache Storage in memory with the calls the download uses. */
export function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    const cache = {
      match: async (url: string) => store.get(url)?.clone(),
      put: async (url: string, res: Response) => void store.set(url, res),
      delete: async (url: string) => store.delete(url),
    };
    return cache as unknown as Cache;
  };
  return { caches: { open }, stores };
}

export const bytes = (n: number, seed = 1) =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed) % 251);

export function serve(files: Record<string, Uint8Array>, chunk = 1000) {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    const body = files[url];
    if (!body) return new Response('{}', { status: 404 });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < body.length; i += chunk) c.enqueue(body.slice(i, i + chunk));
        c.close();
      },
    });
    return new Response(stream, { status: 200, headers: { 'content-type': 'audio/mpeg' } });
  };
  return { fetch, calls };
}
