import 'fake-indexeddb/auto';

// jsdom's Blob has no text()/arrayBuffer()/bytes() (browsers do). On Node 20 `Response.blob()`
// hands back Node's own Blob, which has them; from Node 22 it builds the global one, jsdom's.
// So code that reads a downloaded file works in every browser but not in these tests on Node 24.
// Reading through jsdom's FileReader gives jsdom's Blob the methods browsers have.
if (typeof Blob !== 'undefined' && typeof Blob.prototype.arrayBuffer !== 'function') {
  const read = (blob: Blob): Promise<ArrayBuffer> =>
    new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('could not read the blob'));
      reader.readAsArrayBuffer(blob);
    });
  Object.defineProperties(Blob.prototype, {
    arrayBuffer: {
      configurable: true,
      writable: true,
      value(this: Blob) {
        return read(this);
      },
    },
    bytes: {
      configurable: true,
      writable: true,
      async value(this: Blob) {
        return new Uint8Array(await read(this));
      },
    },
    text: {
      configurable: true,
      writable: true,
      async value(this: Blob) {
        return new TextDecoder().decode(await read(this));
      },
    },
  });
}
