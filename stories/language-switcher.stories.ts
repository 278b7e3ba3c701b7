import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/language-switcher';
import { languageSwitcherLabels, type BfLanguageSwitcher } from '@belfry/components';
import { localeOf, themeNames, themes, type Locale } from './story-context';

type LanguageSwitcherArgs = { languages: string; hrefTemplate: string; labels: string };
type Story = StoryObj<LanguageSwitcherArgs>;

/** What the single-page app story says when a language is chosen, in the story's language. */
const chosenText: Record<Locale, (lang: string) => string> = {
  nl: (lang) => `De app toont nu de pagina in taal "${lang}".`,
  fr: (lang) => `L'application affiche maintenant la page en langue « ${lang} ».`,
  de: (lang) => `Die App zeigt die Seite jetzt in der Sprache „${lang}“.`,
  en: (lang) => `The app now shows the page in language "${lang}".`,
};

const switcherOf = async (canvasElement: HTMLElement): Promise<BfLanguageSwitcher> => {
  const switcher = canvasElement.querySelector('bf-language-switcher');
  if (!switcher) throw new Error('no bf-language-switcher in the story');
  await switcher.updateComplete;
  return switcher;
};

const optionsOf = (switcher: BfLanguageSwitcher) => [
  ...switcher.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"]'),
];

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['current', 'href-template', 'options'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Language switcher',
  component: 'bf-language-switcher',
  render: (args) =>
    html`<bf-language-switcher
      languages=${args.languages}
      href-template=${args.hrefTemplate}
      labels=${args.labels}
    ></bf-language-switcher>`,
  args: { languages: 'nl fr de en', hrefTemplate: '/{lang}/contact', labels: 'auto' },
  argTypes: {
    languages: {
      control: 'text',
      description: 'The languages offered, in order, as language tags.',
      table: { category: 'properties', defaultValue: { summary: 'nl fr de en' } },
    },
    hrefTemplate: {
      control: 'text',
      description: "The address of each language's page, with {lang}. Empty: buttons.",
      table: { category: 'properties' },
    },
    labels: {
      control: 'select',
      options: languageSwitcherLabels,
      description: 'Full names, short codes, or codes on small screens only (auto).',
      table: { category: 'properties', defaultValue: { summary: 'auto' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Lets citizens switch to the same page in another language. Each language is named in',
          'itself and marked with its own lang, so that everyone finds theirs and screen readers',
          "say it right. The page's own language is marked as current.",
        ].join(' '),
      },
    },
  },
} satisfies Meta<LanguageSwitcherArgs>;

export default meta;

/** Links to the translated pages, made from `href-template`: they work without JavaScript. */
export const Links: Story = {
  play: async (context) => {
    const switcher = await switcherOf(context.canvasElement);
    const links = optionsOf(switcher);
    await expect(links.map((link) => link.getAttribute('hreflang'))).toEqual([
      'nl',
      'fr',
      'de',
      'en',
    ]);
    const current = links.find((link) => link.getAttribute('aria-current') === 'true');
    await expect(current?.getAttribute('lang')).toBe(localeOf(context));
  },
};

/**
 * Your own links, written in the page: the switcher adds what is missing (`lang`, the current
 * language). Mark the current one with `aria-current="true"` yourself, for pages without
 * JavaScript.
 */
export const YourOwnLinks: Story = {
  render: () =>
    html`<bf-language-switcher>
      <a href="/nl/contact" hreflang="nl">Nederlands</a>
      <a href="/fr/contact" hreflang="fr">Français</a>
      <a href="/de/contact" hreflang="de">Deutsch</a>
      <a href="/en/contact" hreflang="en">English</a>
    </bf-language-switcher>`,
  parameters: { controls: { disable: true } },
  play: async (context) => {
    const switcher = await switcherOf(context.canvasElement);
    const current = switcher.querySelector('a[aria-current="true"]');
    await expect(current?.getAttribute('hreflang')).toBe(localeOf(context));
  },
};

/**
 * A single-page app: without `href-template` the options are buttons. The app listens to
 * `bf-language-change`, shows its content in the chosen language and, here, cancels the
 * default (which sets `lang` on the document element) to keep this page as it is.
 */
export const SinglePageApp: Story = {
  args: { hrefTemplate: '' },
  render: (args, context) => {
    const say = chosenText[localeOf(context)];
    const choose = (event: CustomEvent<{ lang: string }>) => {
      event.preventDefault();
      const output = (event.target as HTMLElement).parentElement!.querySelector('output')!;
      output.textContent = say(event.detail.lang);
    };
    return html`<bf-language-switcher
        languages=${args.languages}
        labels=${args.labels}
        @bf-language-change=${choose}
      ></bf-language-switcher>
      <p><output></output></p>`;
  },
  play: async (context) => {
    const switcher = await switcherOf(context.canvasElement);
    const other = optionsOf(switcher).find((option) => !option.hasAttribute('aria-current'))!;
    await userEvent.click(other);
    await waitFor(() =>
      expect(context.canvasElement.querySelector('output')!.textContent).toContain(
        other.getAttribute('lang')!,
      ),
    );
  },
};

/** Short codes, as on small screens: the full name is still what screen readers say. */
export const ShortCodes: Story = {
  args: { labels: 'codes' },
};

/** At 320 px the codes are shown, each a 44 px target; nothing scrolls sideways. */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const switcher = await switcherOf(canvasElement);
    for (const option of optionsOf(switcher)) {
      await expect(option.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The switcher in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (args) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          <bf-language-switcher href-template=${args.hrefTemplate}></bf-language-switcher>
        </section>`,
    )}`,
  parameters: {
    controls: { disable: true },
    // A page has one switcher; this story shows five, one per theme, all named alike.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};
