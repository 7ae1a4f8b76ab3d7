/**
 * Draws the add-in's icons (assets/icon-16.png ... icon-128.png): a green sheet with table rows
 * and a white check mark. No image library: shapes are rasterised with 4×4 supersampling and
 * written by a small PNG encoder (RGBA, filter 0, zlib from Node, CRC-32 from src/cli/xlsx/zip.ts).
 *
 *   npx tsx scripts/make-icons.ts [outDir]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { crc32 } from "../src/cli/xlsx/zip";

const SIZES = [16, 32, 64, 80, 128];

// ---- PNG encoder -----------------------------------------------------------------------------

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** rgba: width*height*4 bytes. */
function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Drawing (coordinates in a 0..1 square) --------------------------------------------------

type Rgb = readonly [number, number, number];

const GREEN: Rgb = [0x1e, 0x71, 0x45];
const LIGHT: Rgb = [0x8f, 0xc9, 0xa6];
const WHITE: Rgb = [0xff, 0xff, 0xff];

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour (or null for transparent) of one sample point. */
function sample(x: number, y: number, size: number): Rgb | null {
  const pad = size <= 16 ? 0.02 : 0.06;
  if (!inRoundedRect(x, y, pad, pad, 1 - pad, 1 - pad, 0.14)) return null;
  // The check mark, thicker on small icons so it stays legible.
  const w = size <= 16 ? 0.1 : size <= 32 ? 0.085 : 0.07;
  const d = Math.min(distToSegment(x, y, 0.24, 0.52, 0.43, 0.72), distToSegment(x, y, 0.43, 0.72, 0.78, 0.3));
  if (d <= w) return WHITE;
  // Table rows (a header band and row lines) on the larger icons.
  if (size >= 32) {
    if (y > 0.16 && y < 0.26 && x > 0.16 && x < 0.84) return LIGHT;
    for (const ly of [0.42, 0.6, 0.78]) {
      if (Math.abs(y - ly) < 0.018 && x > 0.16 && x < 0.84) return LIGHT;
    }
  }
  return GREEN;
}

function render(size: number): Uint8Array {
  const S = 4; // supersampling per axis
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = sample((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / (S * S)) * 255);
      }
    }
  }
  return rgba;
}

function main(): void {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();
