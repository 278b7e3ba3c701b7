// The page template (stories/patterns/page-template): one federal page from the frame and
// everyday components. In each language, at 320 px and at 1280 px: the landmarks and the heading
// outline as Chromium's accessibility tree gives them to screen readers, axe with the page rules
// (one main, every content in a landmark, a level-one heading, unique landmark names), and no
// horizontal scrolling. The same template is the Storybook pattern.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { locales, type Locale } from '@belfry/core';
import {
  addPageStyles,
  pageTemplate,
  pageText,
} from '../../stories/patterns/page-template/page.js';
import { axeViolations, formatViolations } from '../helpers/a11y.js';
import { axOutline, type OutlineEntry } from '../helpers/ax-query.js';

const isFirefox = navigator.userAgent.includes('Firefox');

/** The page rules axe runs on a whole page, besides WCAG 2.2 A and AA. */
const pageRules = ['best-practice', 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Renders the page in `locale` and waits until every Belfry element has drawn itself. */
async function renderPage(locale: Locale): Promise<HTMLElement> {
  addPageStyles();
  // What every real page has besides its body.
  document.title = pageText[locale].title;
  document.documentElement.lang = locale;
  const page = await fixture<HTMLElement>(html`<div lang=${locale}>${pageTemplate(locale)}</div>`);
  const elements = [...page.querySelectorAll('*')].filter((element) =>
    element.localName.startsWith('bf-'),
  ) as (HTMLElement & { updateComplete?: Promise<unknown> })[];
  await Promise.all(
    elements.map(async (element) => {
      await customElements.whenDefined(element.localName);
      await element.updateComplete;
    }),
  );
  // Slotted content and a resize observer or two settle in the next frames.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return page;
}

const widths = [
  ['320 px', 320, 640],
  ['1280 px', 1280, 800],
] as const;

describe('Page template', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [label, width, height] of widths) {
    describe(`at ${label}`, () => {
      before(() => setViewport({ width, height }));

      for (const locale of locales) {
        const t = pageText[locale];

        it(`${locale}: one banner, main and contentinfo, and named navigations`, async function () {
          if (isFirefox) this.skip(); // The whole tree comes from Chromium's DevTools protocol.
          const page = await renderPage(locale);
          if (width === 320) {
            // On a phone the main menu folds behind the Menu button: open it, as a citizen would.
            const header = page.querySelector('bf-header')!;
            const button = header.shadowRoot!.querySelector<HTMLElement>('[part~="menu-button"]')!;
            expect(button.getAttribute('aria-expanded')).to.equal('false');
            button.click();
            await (header as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            expect(button.getAttribute('aria-expanded')).to.equal('true');
          }
          const outline = await axOutline();
          const landmarks = outline.filter((entry) => entry.role !== 'heading');
          const roles = (role: string) => landmarks.filter((entry) => entry.role === role);
          expect(roles('banner'), JSON.stringify(landmarks)).to.have.length(1);
          expect(roles('main')).to.have.length(1);
          expect(roles('contentinfo')).to.have.length(1);
          // The header's main menu, the language switcher, the breadcrumbs and the pagination.
          const navigations = roles('navigation');
          expect(navigations.length, JSON.stringify(navigations)).to.be.at.least(4);
          for (const navigation of navigations) expect(navigation.name, 'named').not.to.equal('');
          const names = navigations.map((navigation) => navigation.name);
          expect(new Set(names).size, 'each navigation has its own name').to.equal(names.length);
          // In reading order: the banner, then main, then contentinfo.
          const order = landmarks
            .map((entry) => entry.role)
            .filter((role) => ['banner', 'main', 'contentinfo'].includes(role));
          expect(order).to.deep.equal(['banner', 'main', 'contentinfo']);
        });

        it(`${locale}: a heading outline that starts at the page's h1 and skips no level`, async function () {
          if (isFirefox) this.skip();
          await renderPage(locale);
          const headings = (await axOutline()).filter(
            (entry): entry is Required<OutlineEntry> => entry.role === 'heading',
          );
          const first = headings.findIndex((heading) => heading.level === 1);
          expect(headings.filter((heading) => heading.level === 1)).to.deep.equal([
            { role: 'heading', name: t.title, level: 1 },
          ]);
          // Before the h1 only the frame's own headings may come (none today).
          expect(first, JSON.stringify(headings)).to.equal(0);
          let previous = 1;
          for (const heading of headings) {
            expect(heading.level, `${heading.name} after level ${previous}`).to.be.at.most(
              previous + 1,
            );
            previous = heading.level;
          }
          const names = headings.map((heading) => heading.name);
          // The alert's heading, then the questions and their sections, then the news.
          const expected = [
            t.title,
            t.deadlineHeading,
            t.questionsHeading,
            ...t.questions.map(([question]) => question),
            t.newsHeading,
          ];
          expect(
            names.filter((name) => expected.some((text) => name.includes(text))),
            JSON.stringify(names),
          ).to.have.length(expected.length);
          expect(names.findIndex((name) => name.includes(t.newsHeading))).to.be.greaterThan(
            names.findIndex((name) => name.includes(t.questionsHeading)),
          );
        });

        it(`${locale}: passes axe with the page rules, and nothing scrolls sideways`, async () => {
          const page = await renderPage(locale);
          // The whole document: axe runs its page-level rules (region, one main, h1) only there.
          const violations = await axeViolations(document.documentElement, { tags: pageRules });
          expect(violations, formatViolations(violations)).to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          for (const element of page.querySelectorAll('bf-header, main, bf-footer')) {
            expect(element.getBoundingClientRect().right, element.localName).to.be.at.most(width);
          }
        });
      }
    });
  }
});
