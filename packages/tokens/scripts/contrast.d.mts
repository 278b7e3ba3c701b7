/** Types for contrast.mjs (WCAG 2.x contrast maths shared by the build, the style checker and the stories). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}
export declare function parseColor(input: string): Rgba | null;
export declare function normalizeColor(input: string): string | null;
export declare function composite(fg: Rgba, bg: Rgba): Rgba;
export declare function relativeLuminance(color: Rgba): number;
/** Contrast ratio from 1 to 21; throws if a colour cannot be read or the background is translucent. */
export declare function contrastRatio(foreground: string, background: string): number;
/** "4.49:1": rounded down to two decimals. */
export declare function formatRatio(ratio: number): string;
