// Compares two screenshots pixel by pixel in the browser's own canvas (no image package): both are
// laid on white at the larger of their sizes, a pixel differs when any channel differs by more than
// `tolerance` (0–255), and the result comes with one PNG showing reference | candidate | differences.
import type { Page } from 'playwright-core';

export interface ImageDifference {
  /** Pixels that differ, of `total` (the larger width × the larger height). */
  readonly differing: number;
  readonly total: number;
  /** differing / total, as a percentage. */
  readonly percent: number;
  readonly reference: { width: number; height: number };
  readonly candidate: { width: number; height: number };
  /** reference, candidate and the differences in red, side by side, as PNG. */
  readonly sideBySide: Buffer;
}

interface InPage {
  differing: number;
  total: number;
  reference: { width: number; height: number };
  candidate: { width: number; height: number };
  png: string;
}

/** `page` must be a blank page (about:blank): it only lends its canvas. */
export async function compareImages(
  page: Page,
  reference: Buffer,
  candidate: Buffer,
  tolerance = 32,
): Promise<ImageDifference> {
  const result = await page.evaluate<InPage, [string, string, number]>(
    async ([a, b, limit]) => {
      const load = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const [ref, cand] = await Promise.all([load(a), load(b)]);
      const width = Math.max(ref.width, cand.width);
      const height = Math.max(ref.height, cand.height);
      const pixels = (image: HTMLImageElement) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height);
      };
      const [p, q] = [pixels(ref), pixels(cand)];
      const marks = new ImageData(width, height);
      let differing = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const delta = Math.max(
          Math.abs(p.data[i] - q.data[i]),
          Math.abs(p.data[i + 1] - q.data[i + 1]),
          Math.abs(p.data[i + 2] - q.data[i + 2]),
        );
        const differs = delta > limit;
        if (differs) differing++;
        marks.data.set(differs ? [220, 0, 0, 255] : [255, 255, 255, 255], i);
      }
      const gap = 16;
      const out = document.createElement('canvas');
      out.width = width * 3 + gap * 2;
      out.height = height;
      const context = out.getContext('2d')!;
      context.fillStyle = '#dddddd';
      context.fillRect(0, 0, out.width, out.height);
      context.putImageData(p, 0, 0);
      context.putImageData(q, width + gap, 0);
      context.putImageData(marks, (width + gap) * 2, 0);
      return {
        differing,
        total: width * height,
        reference: { width: ref.width, height: ref.height },
        candidate: { width: cand.width, height: cand.height },
        png: out.toDataURL('image/png').split(',')[1],
      };
    },
    [reference.toString('base64'), candidate.toString('base64'), tolerance],
  );
  return {
    differing: result.differing,
    total: result.total,
    percent: (result.differing / result.total) * 100,
    reference: result.reference,
    candidate: result.candidate,
    sideBySide: Buffer.from(result.png, 'base64'),
  };
}
