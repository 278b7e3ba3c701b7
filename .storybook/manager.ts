// Storybook's frame: Belfry's brand, in light or dark as the visitor's system prefers (read when
// Storybook opens; reload after switching).
import { addons } from 'storybook/manager-api';
import { belfryManagerTheme } from './belfry-theme';

const prefersDark =
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-color-scheme: dark)').matches;

addons.setConfig({
  theme: belfryManagerTheme(prefersDark ? 'dark' : 'light'),
});
