import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@belfry/tokens/belfry.css';
import './docs.css';
import './preview.css';
import {
  defaultLocale,
  defaultTheme,
  localeNames,
  localeOf,
  locales,
  themeNames,
  themeOf,
  themes,
} from '../stories/story-context';

// The custom elements manifest (`npm run analyze`) gives autodocs their properties, slots,
// parts, events and CSS custom properties; it lists public API only (see
// custom-elements-manifest.config.mjs). It is generated, not committed: `npm start` and
// `npm run build-storybook` create it first. A glob, not an import, so that the story tests,
// which do not need it, still run when it has not been generated.
const manifests = import.meta.glob<Record<string, unknown>>(
  '../packages/components/custom-elements.json',
  {
    eager: true,
    import: 'default',
  },
);
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(manifest);
} else if (import.meta.env.DEV && import.meta.env.MODE !== 'test') {
  console.warn('Belfry: no custom-elements.json; run `npm run analyze` to fill in the API tables.');
}

/**
 * Renders every story inside a root that carries the toolbar's language and theme, painted with
 * the theme's surface and text colours so dark and high-contrast stories are readable (and axe
 * measures contrast against the right background).
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const locale = localeOf(context);
  const theme = themeOf(context);
  // Docs pages and anything outside the story root (e.g. the docs' own text) follow too.
  document.documentElement.lang = locale;
  // A whole page (`parameters.page`, the patterns) brings its own landmarks and spacing: its
  // root is no main landmark and has no padding.
  const page = context.parameters['page'] === true;
  const rootStyles = {
    background: 'var(--bf-color-surface, #ffffff)',
    color: 'var(--bf-color-text, #1a1d21)',
    'font-family': 'var(--bf-font-family-base, system-ui, sans-serif)',
    padding: page ? '0' : '1rem',
    // In a story's own canvas the root fills the frame, so no white band shows around a dark
    // theme; in docs each story keeps its natural height.
    'min-height': context.viewMode === 'story' ? '100vh' : 'auto',
    'box-sizing': 'border-box',
  };
  // A story on its own canvas is a page, so its root is the page's main landmark; on a docs page
  // many stories share one page, so each is a plain container.
  return html`<div
    class="bf-story-root"
    role=${context.viewMode === 'story' && !page ? 'main' : nothing}
    lang=${locale}
    data-bf-theme=${theme}
    style=${styleMap(rootStyles)}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguageAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the story: sets lang, so built-in text follows',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: locales.map((locale) => ({
          value: locale,
          title: localeNames[locale],
          right: locale.toUpperCase(),
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Belfry theme (data-bf-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themes.map((theme) => ({ value: theme, title: themeNames[theme] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: defaultLocale,
    theme: defaultTheme,
  },
  parameters: {
    // The story root paints the theme's own background, edge to edge.
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    options: {
      // Welcome first: Storybook opens the first entry of the sidebar when no page is asked
      // for, so `npm start` lands on Belfry's welcome page.
      storySort: {
        order: [
          'Introduction',
          ['Welcome', 'Designers: Figma and tokens', '*'],
          'Content guidance',
          [
            'Writing for citizens',
            'Glossary of official terms',
            'Error messages',
            'Dates, numbers and amounts',
            'The non-digital alternative',
            '*',
          ],
          'Foundations',
          ['Compare themes', '*'],
          'Components',
          'Patterns',
          'Conformance',
          ['Overview', 'Accessibility statement', '*'],
          '*',
        ],
      },
    },
    viewport: {
      options: {
        // 320 CSS px is the width WCAG 2.2 SC 1.4.10 (Reflow) requires content to fit without
        // horizontal scrolling: 1280 px at 400 % zoom.
        smallPhone320: {
          name: 'Small phone (320)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        phone375: {
          name: 'Phone (375)',
          styles: { width: '375px', height: '667px' },
          type: 'mobile',
        },
        tablet768: {
          name: 'Tablet (768)',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        desktop1280: {
          name: 'Desktop (1280)',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
      },
    },
    a11y: {
      // Every story is an accessibility test: any violation fails `npm run test:stories` (and
      // shows as an error, not a warning, in the Storybook test widget).
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          // WCAG 2.0, 2.1 and 2.2 at levels A and AA (what EN 301 549 and the Belgian
          // accessibility law require), plus axe's best practices: those catch real component
          // faults (aria-allowed-role, empty-heading, heading-order, label-title-only, …).
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
      config: {
        rules: [
          // Page-structure rules judge a whole page. An isolated story is a fragment, so they
          // would fail every story (no landmark, no main, no h1) without telling us anything
          // about the component. Stories of whole pages (stories/patterns) turn them back on
          // with `parameters.a11y.config.rules`.
          { id: 'region', enabled: false },
          { id: 'landmark-one-main', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
    },
  },
};

export default preview;
