// What Belfry's formatters (formatDate, formatNumber, formatCurrency in @belfry/core) write in
// each language, for the content guidance page docs/guidance/dates-numbers-and-amounts.mdx. The
// values are computed here, in the browser, so the page shows what components really render.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { formatCurrency, formatDate, formatNumber, locales, type Locale } from '@belfry/core';
import { localeNames } from '../story-context';

const meta = {
  title: 'Content guidance/Dates, numbers and amounts',
  // The guidance page (MDX) is this entry's docs page.
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** A moment in Brussels: 27 March 2026 at 16:30 (15:30 UTC, winter time). */
const moment = new Date('2026-03-27T15:30:00Z');

interface FormatRow {
  what: string;
  call: string;
  format: (locale: Locale) => string;
}

const formatRows: readonly FormatRow[] = [
  {
    what: 'A date in a sentence',
    call: 'formatDate(t, date)',
    format: (locale) => formatDate({ locale }, moment),
  },
  {
    what: 'A date with the day of the week',
    call: "formatDate(t, date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })",
    format: (locale) =>
      formatDate({ locale }, moment, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
  },
  {
    what: 'A date in a table or a list',
    call: "formatDate(t, date, { day: '2-digit', month: '2-digit', year: 'numeric' })",
    format: (locale) =>
      formatDate({ locale }, moment, { day: '2-digit', month: '2-digit', year: 'numeric' }),
  },
  {
    what: 'A time (Belgian time)',
    call: "formatDate(t, date, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' })",
    format: (locale) =>
      formatDate({ locale }, moment, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Brussels',
      }),
  },
  {
    what: 'An amount in euro',
    call: 'formatCurrency(t, 1234.5)',
    format: (locale) => formatCurrency({ locale }, 1234.5),
  },
  {
    what: 'A large number',
    call: 'formatNumber(t, 1234567)',
    format: (locale) => formatNumber({ locale }, 1234567),
  },
  {
    what: 'A decimal number',
    call: 'formatNumber(t, 2.75)',
    format: (locale) => formatNumber({ locale }, 2.75),
  },
  {
    what: 'A percentage',
    call: "formatNumber(t, 0.215, { style: 'percent', maximumFractionDigits: 1 })",
    format: (locale) =>
      formatNumber({ locale }, 0.215, { style: 'percent', maximumFractionDigits: 1 }),
  },
];

const styles = html`<style>
  .bf-formats {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--bf-font-size-body);
  }
  .bf-formats caption {
    margin-block-end: var(--bf-space-2);
    font-weight: var(--bf-font-weight-strong);
    text-align: start;
  }
  .bf-formats th,
  .bf-formats td {
    padding: var(--bf-space-2) var(--bf-space-3);
    border-block-end: var(--bf-border-width-thin) solid var(--bf-color-border-strong);
    text-align: start;
    vertical-align: top;
  }
  .bf-formats code {
    display: block;
    color: var(--bf-color-text-muted);
    font-family: var(--bf-font-family-code);
    font-size: var(--bf-font-size-small);
    overflow-wrap: anywhere;
  }
  .bf-formats-scroll {
    overflow-x: auto;
  }
</style>`;

/**
 * Every example in the four languages at once, whatever the toolbar's language: the point is to
 * compare them. The table is English; each value carries its own language.
 */
export const InEveryLanguage: Story = {
  name: 'In every language',
  render: () =>
    html`${styles}
      <div
        class="bf-formats-scroll"
        lang="en"
        role="region"
        aria-labelledby="bf-formats-caption"
        tabindex="0"
      >
        <table class="bf-formats">
          <caption id="bf-formats-caption">
            What Belfry's formatters write for 27 March 2026 at 16:30 and for a few numbers
          </caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              ${locales.map(
                (locale) =>
                  html`<th scope="col"><span lang=${locale}>${localeNames[locale]}</span></th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${formatRows.map(
              (row) =>
                html`<tr>
                  <th scope="row">${row.what}<code>${row.call}</code></th>
                  ${locales.map(
                    (locale) =>
                      html`<td lang=${locale} data-locale=${locale}>${row.format(locale)}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  play: async ({ canvasElement }) => {
    // The page's claims hold: Belgian formats, not those of the Netherlands, France or Germany.
    const cell = (row: number, locale: Locale) =>
      canvasElement.querySelectorAll('tbody tr')[row]?.querySelector(`[data-locale="${locale}"]`)
        ?.textContent;
    await expect(cell(0, 'nl')).toBe('27 maart 2026');
    await expect(cell(0, 'fr')).toBe('27 mars 2026');
    await expect(cell(0, 'de')).toBe('27. März 2026');
    await expect(cell(2, 'nl')).toBe('27/03/2026');
    await expect(cell(3, 'fr')).toBe('16:30');
    await expect(cell(4, 'nl')?.replace(/\s/g, ' ')).toBe('€ 1.234,50');
    await expect(cell(4, 'fr')?.replace(/\s/g, ' ')).toBe('1 234,50 €');
    await expect(cell(4, 'de')?.replace(/\s/g, ' ')).toBe('1.234,50 €');
  },
};
