// Belfry's look for Storybook's own frame (sidebar, toolbar, panels), in a light and a dark
// version, with colours and type from the design tokens, so the tool looks like the system it
// shows. Read by manager.ts; test/docs/storybook-front-door.test.mjs checks the contrast of the
// brand and the selected sidebar row, in light and dark.
import { create, type ThemeVars } from 'storybook/theming';
import { themes as tokenThemes } from '@belfry/tokens';

const federal = tokenThemes.federal;
const dark = tokenThemes.dark;
const value = (theme: typeof federal, name: keyof typeof federal): string => String(theme[name]);

/**
 * The brand in the sidebar: the mark and the name as text, so the name follows the theme's text
 * colour and is read as "Belfry" (the image itself is decorative here). Storybook renders this
 * string as HTML; it is a constant, never data.
 */
export const brandTitle =
  '<span style="display:inline-flex;align-items:center;gap:8px;font-size:16px;font-weight:700">' +
  '<img src="./assets/belfry-mark.svg" alt="" width="28" height="28" />Belfry</span>';

export function belfryManagerTheme(base: 'light' | 'dark'): ThemeVars {
  const t = base === 'dark' ? dark : federal;
  return create({
    base,
    brandTitle,
    brandUrl: './',
    brandTarget: '_self',
    // Storybook draws the selected sidebar row as white text on `colorSecondary` (darkened in the
    // dark version), and links and active tabs as `colorSecondary` on the app background: the
    // federal action blue passes both in light; in dark, the dark theme's action blue is too light
    // for white text, so a mid blue from the same palette passes both (≥ 4.5:1).
    colorPrimary: value(t, '--bf-color-brand'),
    colorSecondary:
      base === 'dark' ? value(t, '--bf-color-blue-400') : value(t, '--bf-color-action'),
    appBg: value(t, '--bf-color-surface-subtle'),
    appContentBg: value(t, '--bf-color-surface'),
    appPreviewBg: value(t, '--bf-color-surface'),
    appBorderColor: value(t, '--bf-color-border'),
    appBorderRadius: 4,
    textColor: value(t, '--bf-color-text'),
    textInverseColor: value(t, '--bf-color-text-inverse'),
    textMutedColor: value(t, '--bf-color-text-muted'),
    barBg: value(t, '--bf-color-surface'),
    barTextColor: value(t, '--bf-color-text-muted'),
    barSelectedColor: value(t, '--bf-color-action'),
    barHoverColor: value(t, '--bf-color-link-hover'),
    inputBg: value(t, '--bf-color-surface'),
    inputBorder: value(t, '--bf-color-border-input'),
    inputTextColor: value(t, '--bf-color-text'),
    inputBorderRadius: 4,
    fontBase: value(t, '--bf-font-family-base'),
    fontCode: value(t, '--bf-font-family-code'),
  });
}
