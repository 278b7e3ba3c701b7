// Patterns/Page template: one federal page built only from Belfry's frame and everyday
// components (skip link, header with navigation and language switcher, breadcrumbs, a heading,
// an alert, a link, an accordion, a tag, pagination and the footer with the non-digital
// alternatives), in each language, at 320 px and at 1280 px. Every story runs axe with the page
// rules on (one main, all content in landmarks, a level-one heading); its play function checks the landmarks,
// the heading outline and that nothing scrolls sideways. test/patterns/page-template.test.ts
// checks the same page in the browser's accessibility tree.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { localeOf, type Locale } from '../../story-context';
import { checkPage, pageA11y } from '../page-checks';
import { addPageStyles, pageTemplate, pageText } from './page';

const meta = {
  title: 'Patterns/Page template',
  render: (_args, context) => {
    addPageStyles();
    return pageTemplate(localeOf(context));
  },
  parameters: {
    page: true,
    layout: 'fullscreen',
    // The page rules on, `region` included (see pageA11y); test/patterns/page-template.test.ts
    // also runs them on a page of its own, outside Storybook's frame.
    a11y: pageA11y,
  },
  play: async (context: StoryContext) => {
    // The header's menu, the language switcher, the breadcrumbs and the pagination: each a
    // navigation landmark.
    await checkPage(context.canvasElement, {
      title: pageText[localeOf(context)].title,
      navigations: 4,
    });
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
