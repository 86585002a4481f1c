/**
 * The add-in's icons, drawn at build time so the repository holds no binary files: a dark square
 * with a sine wave (the cycle) in the Kitchin orange. A minimal PNG encoder (RGBA, one IDAT).
 */
import { crc32, deflateSync } from "node:zlib";

export function iconPng(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const bg = [0x1f, 0x2a, 0x44, 0xff];
  const fg = [0xf2, 0x8c, 0x28, 0xff];
  const stroke = Math.max(1, size / 12);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const wave = size / 2 - size * 0.3 * Math.sin((2 * Math.PI * x) / size);
      const c = Math.abs(y - wave) <= stroke ? fg : bg;
      raw.set(c, row + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
