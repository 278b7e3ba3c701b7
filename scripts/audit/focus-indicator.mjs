// Measures a focus indicator from two screenshots of the same box: the element unfocused and
// focused. WCAG 2.4.7 asks that focus be visible; 1.4.11 that the indicator reach 3:1 against
// what is next to it. Here: the pixels that change when focus arrives, and the contrast between
// each changed pixel's focused and unfocused colour (what the indicator is drawn over).
import { PNG } from 'pngjs';

/** A channel difference below this is anti-aliasing or text-rendering noise, not an indicator. */
const noise = 24;

function channelToLinear(value) {
  const channel = value / 255;
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance(red, green, blue) {
  return (
    0.2126 * channelToLinear(red) + 0.7152 * channelToLinear(green) + 0.0722 * channelToLinear(blue)
  );
}

/** WCAG contrast ratio between two luminances. */
export function contrastRatio(first, second) {
  const [light, dark] = first > second ? [first, second] : [second, first];
  return (light + 0.05) / (dark + 0.05);
}

/** Decodes a PNG screenshot into `{ width, height, data }` (RGBA). */
export function decode(png) {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, data };
}

/** The part of a decoded image at `clip` (pixels relative to the image's top left corner). */
export function crop(image, clip) {
  const width = Math.max(0, Math.min(clip.width, image.width - clip.x));
  const height = Math.max(0, Math.min(clip.height, image.height - clip.y));
  const data = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const start = ((clip.y + row) * image.width + clip.x) * 4;
    image.data.copy(data, row * width * 4, start, start + width * 4);
  }
  return { width, height, data };
}

/**
 * Compares the unfocused and focused images of one clip (decoded).
 * `outline` is the number of pixels a 1 CSS px line around the element covers: the contrast
 * reported is the one that at least that many changed pixels reach (or all of them, when fewer
 * changed), so a few anti-aliased pixels can neither make nor break the result.
 * @returns {{ changed: boolean, contrast: number, area: number }}
 */
export function measureIndicator(before, after, outline) {
  const width = Math.min(before.width, after.width);
  const height = Math.min(before.height, after.height);
  const ratios = [];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * before.width + x) * 4;
      const j = (y * after.width + x) * 4;
      const [r1, g1, b1] = [before.data[i], before.data[i + 1], before.data[i + 2]];
      const [r2, g2, b2] = [after.data[j], after.data[j + 1], after.data[j + 2]];
      if (Math.abs(r1 - r2) < noise && Math.abs(g1 - g2) < noise && Math.abs(b1 - b2) < noise) {
        continue;
      }
      ratios.push(contrastRatio(luminance(r1, g1, b1), luminance(r2, g2, b2)));
    }
  }
  if (ratios.length === 0) return { changed: false, contrast: 1, area: 0 };
  ratios.sort((a, b) => b - a);
  const counted = Math.max(1, Math.min(ratios.length, Math.round(outline)));
  return {
    changed: true,
    contrast: Math.round(ratios[counted - 1] * 100) / 100,
    area: ratios.length,
  };
}
