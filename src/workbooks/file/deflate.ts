/**
 * The platform's own raw deflate: native zlib instead of the JavaScript one bundled in exceljs,
 * whose setup alone cost more than the compressing (profiled in Chromium: the deflate state
 * allocated and zeroed for every part of every workbook). Browsers have CompressionStream; Node has
 * it too, but its streams cost milliseconds a part there, so Node's zlib is called directly.
 */
export type DeflateRaw = (data: Uint8Array) => Promise<Uint8Array>;

async function readAll(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

interface NodeZlib {
  deflateRawSync(data: Uint8Array): Uint8Array;
}

/** Node's zlib without importing it, so that the browser bundle does not ask for it. */
function nodeZlib(): NodeZlib | undefined {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = typeof host?.getBuiltinModule === "function" ? host.getBuiltinModule("node:zlib") : undefined;
  return typeof (zlib as Partial<NodeZlib> | undefined)?.deflateRawSync === "function" ? (zlib as NodeZlib) : undefined;
}

/** Undefined where there is none (an old web view): the caller then writes as before. */
export function nativeDeflateRaw(): DeflateRaw | undefined {
  const zlib = nodeZlib();
  if (zlib) return (data) => Promise.resolve(zlib.deflateRawSync(data));
  const Compression = (globalThis as { CompressionStream?: typeof CompressionStream }).CompressionStream;
  if (!Compression) return undefined;
  try {
    new Compression("deflate-raw");
  } catch {
    return undefined;
  }
  return (data) => {
    const stream = new Compression("deflate-raw");
    const writer = stream.writable.getWriter();
    // A failure shows in the reading as well; caught here so it is not reported twice.
    writer
      // Our bytes are never on a SharedArrayBuffer; the typings cannot know that.
      .write(data as Uint8Array<ArrayBuffer>)
      .then(() => writer.close())
      .catch(() => undefined);
    return readAll(stream.readable);
  };
}
