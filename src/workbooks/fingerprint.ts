/**
 * A 64-bit FNV-1a checksum of text (as UTF-8), in hex. It detects an accidental or casual change
 * to the locked values; it is not a signature, since anyone who reads this code can recompute it.
 * Synchronous and dependency-free, so the same code runs in the browser and in Node.
 */
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function fingerprint(text: string): string {
  let hash = OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}
