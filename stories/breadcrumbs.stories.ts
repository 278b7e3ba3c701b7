import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@belfry/components/breadcrumbs';
import type { BfBreadcrumbs } from '@belfry/components';
import { localeOf, themeNames, themes, type Locale } from './story-context';

type Story = StoryObj;

/** A trail in each language: home, a section, the current page. */
const trailText: Record<Locale, { home: string; section: string; page: string }> = {
  nl: {
    home: 'Home',
    section: 'Sociale zekerheid',
    page: 'Arbeidsongeschiktheidsuitkering aanvragen',
  },
  fr: {
    home: 'Accueil',
    section: 'Sécurité sociale',
    page: "Demander une indemnité d'incapacité de travail",
  },
  de: {
    home: 'Startseite',
    section: 'Soziale Sicherheit',
    page: 'Arbeitsunfähigkeitsentschädigung beantragen',
  },
  en: { home: 'Home', section: 'Social security', page: 'Apply for incapacity benefit' },
};

const trail = (locale: Locale) => {
  const text = trailText[locale];
  return html`<bf-breadcrumbs>
    <a href="/${locale}/">${text.home}</a>
    <a href="/${locale}/social-security">${text.section}</a>
    <span>${text.page}</span>
  </bf-breadcrumbs>`;
};

const trailOf = async (canvasElement: HTMLElement): Promise<BfBreadcrumbs> => {
  const element = canvasElement.querySelector('bf-breadcrumbs');
  if (!element) throw new Error('no bf-breadcrumbs in the story');
  await element.updateComplete;
  return element;
};

const meta = {
  title: 'Components/Breadcrumbs',
  component: 'bf-breadcrumbs',
  render: (_args, context) => trail(localeOf(context)),
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        component: [
          'Shows where this page sits in the site, as a trail of links from the home page to the',
          'page itself. Write the links inside it, then the current page as text.',
        ].join(' '),
      },
    },
  },
} satisfies Meta;

export default meta;

/** Home, a section, and the current page as text, marked `aria-current="page"`. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await trailOf(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('li')).toHaveLength(3);
    await expect(element.querySelector('span')!.getAttribute('aria-current')).toBe('page');
  },
};

/** At 320 px the trail wraps; every link keeps its 44 px height and nothing scrolls sideways. */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const element = await trailOf(canvasElement);
    for (const link of element.querySelectorAll('a')) {
      await expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The trail in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (_args, context) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          ${trail(localeOf(context))}
        </section>`,
    )}`,
  parameters: {
    // A page has one trail; this story shows five, one per theme, all named alike.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};
