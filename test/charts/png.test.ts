import { createCanvas, loadImage } from 'canvas';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/charts/png.js';

/** Decodes a PNG with the canvas package (an independent decoder) and returns its RGBA pixels. */
async function decode(png: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, image.height);
  return { width: pixels.width, height: pixels.height, data: pixels.data };
}

describe('PNG encoder', () => {
  it('gives back the same pixels through an independent decoder (odd sizes, opaque and transparent pixels)', async () => {
    const width = 37;
    const height = 23;
    const rgba = new Uint8Array(width * height * 4);
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < width * height; i++) {
      const transparent = i % 11 === 0;
      rgba.set(transparent ? [0, 0, 0, 0] : [random(), random(), random(), 255], i * 4);
    }
    const png = await encodePng(rgba, width, height);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const decoded = await decode(png);
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(Buffer.from(decoded.data)).toEqual(Buffer.from(rgba));
  });

  it('encodes a rendered canvas so that it decodes to the canvas pixels', async () => {
    const canvas = createCanvas(120, 40);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 120, 40);
    context.fillStyle = '#0072b2';
    context.fillRect(10, 10, 60, 20);
    context.strokeStyle = '#d55e00';
    context.beginPath();
    context.arc(95, 20, 12, 0, Math.PI * 2);
    context.stroke();
    const pixels = context.getImageData(0, 0, 120, 40);
    const decoded = await decode(await encodePng(pixels.data, 120, 40));
    expect(Buffer.from(decoded.data)).toEqual(Buffer.from(pixels.data));
  });

  it('is deterministic and refuses pixel data of the wrong size', async () => {
    const rgba = new Uint8Array(4 * 4 * 4).fill(200);
    expect((await encodePng(rgba, 4, 4)).equals(await encodePng(rgba, 4, 4))).toBe(true);
    await expect(encodePng(rgba, 5, 4)).rejects.toThrow(/not 5 × 4 RGBA pixels/);
    await expect(encodePng(rgba, 0, 0)).rejects.toThrow(RangeError);
  });
});
