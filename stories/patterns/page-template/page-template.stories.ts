// Patterns/Page template: one federal page built only from Belfry's frame and everyday
// components (skip link, header with navigation and language switcher, breadcrumbs, a heading,
// an alert, a link, an accordion, a tag, pagination and the footer with the non-digital
// alternatives), in each language, at 320 px and at 1280 px. Every story runs axe with the page
// rules on (one main, landmarks, a level-one heading); its play function checks the landmarks,
// the heading outline and that nothing scrolls sideways. test/patterns/page-template.test.ts
// checks the same page in the browser's accessibility tree.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { localeOf, type Locale } from '../../story-context';
import { addPageStyles, pageTemplate, pageText } from './page';

/** Every landmark of the page, through the shadow roots that draw them. */
function landmarksOf(root: Element) {
  const found: { role: string; name: string }[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      const role =
        child.getAttribute('role') ??
        ({ header: 'banner', main: 'main', footer: 'contentinfo', nav: 'navigation' } as const)[
          child.localName as 'header' | 'main' | 'footer' | 'nav'
        ];
      if (role && ['banner', 'main', 'contentinfo', 'navigation'].includes(role)) {
        found.push({ role, name: child.getAttribute('aria-label') ?? '' });
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The headings in the order a screen reader lists them, shadow roots included. */
function headingsOf(root: Element) {
  const found: { level: number; text: string }[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      const match = /^h([1-6])$/.exec(child.localName);
      if (match) found.push({ level: Number(match[1]), text: child.textContent!.trim() });
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

const meta = {
  title: 'Patterns/Page template',
  render: (_args, context) => {
    addPageStyles();
    return pageTemplate(localeOf(context));
  },
  parameters: {
    page: true,
    layout: 'fullscreen',
    a11y: {
      config: {
        rules: [
          // A whole page: the page rules the single-component stories switch off apply here,
          // except `region`: axe counts a skip link as one only when no other link comes before
          // it, and Storybook's frame holds links of its own (its error screens) before the story.
          // test/patterns/page-template.test.ts runs `region` on a page of its own.
          { id: 'landmark-one-main', enabled: true },
          { id: 'page-has-heading-one', enabled: true },
        ],
      },
    },
  },
  play: async (context: StoryContext) => {
    const { canvasElement } = context;
    const t = pageText[localeOf(context)];
    await waitFor(() =>
      expect(
        canvasElement.querySelector('bf-footer')?.shadowRoot?.querySelector('footer'),
      ).toBeTruthy(),
    );
    const landmarks = landmarksOf(canvasElement);
    const count = (role: string) => landmarks.filter((landmark) => landmark.role === role).length;
    await expect(count('banner')).toBe(1);
    await expect(count('main')).toBe(1);
    await expect(count('contentinfo')).toBe(1);
    // The header's menu, the language switcher, the breadcrumbs and the pagination: each named.
    await expect(count('navigation')).toBeGreaterThanOrEqual(4);
    const headings = headingsOf(canvasElement);
    await expect(headings.filter((heading) => heading.level === 1)).toEqual([
      { level: 1, text: t.title },
    ]);
    // No level is skipped on the way down.
    headings.reduce((previous, heading) => {
      void expect(heading.level, heading.text).toBeLessThanOrEqual(previous + 1);
      return heading.level;
    }, 1);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const at = (locale: Locale, viewport: 'smallPhone320' | 'desktop1280'): Story => ({
  globals: { locale, viewport: { value: viewport, isRotated: false } },
});

export const DutchPhone: Story = at('nl', 'smallPhone320');
export const DutchDesktop: Story = at('nl', 'desktop1280');
export const FrenchPhone: Story = at('fr', 'smallPhone320');
export const FrenchDesktop: Story = at('fr', 'desktop1280');
export const GermanPhone: Story = at('de', 'smallPhone320');
export const GermanDesktop: Story = at('de', 'desktop1280');
export const EnglishPhone: Story = at('en', 'smallPhone320');
export const EnglishDesktop: Story = at('en', 'desktop1280');
