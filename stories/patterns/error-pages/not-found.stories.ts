// Patterns/Error pages/Page not found: the 404 page. What happened in plain words, without blaming anyone, and the way on: a search, the home page and contact.
// In the frame every pattern shares, in four languages and on a small phone. Every story runs
// axe with the page rules on; the play function checks the landmarks, the heading outline, that
// nothing scrolls sideways, and what the citizen relies on here (see error-pages.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { errorPageStories } from './error-pages';

const meta = {
  title: 'Patterns/Error pages/Page not found',
  ...errorPageStories('not-found'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Dutch: Story = { globals: { locale: 'nl' } };
export const French: Story = { globals: { locale: 'fr' } };
export const German: Story = { globals: { locale: 'de' } };
export const English: Story = { globals: { locale: 'en' } };
/** At 320 px, as on a small phone, and at 400 % zoom: nothing scrolls sideways. */
export const DutchPhone: Story = {
  globals: { locale: 'nl', viewport: { value: 'smallPhone320', isRotated: false } },
};
