// MinHash signatures as SQLite BLOBs: 32-bit values, little-endian, whatever the machine's byte order.

export function encodeMinhash(minhash: Uint32Array): Buffer {
  const buf = Buffer.alloc(minhash.length * 4);
  minhash.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf;
}

export function decodeMinhash(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}
