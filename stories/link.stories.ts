import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@belfry/components/link';
import type { BfLink } from '@belfry/components';
import { localeOf, themeNames, themes, type Locale } from './story-context';

/** The story args: the element's properties. The link itself is the author's `<a>`. */
type LinkArgs = { external: boolean; fileType: string; fileSize: string };
type Story = StoryObj<LinkArgs>;

/** The sentences around the links, in the toolbar's language. */
const text: Record<
  Locale,
  { before: string; contact: string; site: string; report: string; help: string }
> = {
  nl: {
    before: 'Meer weten? Lees het',
    contact: 'contactformulier',
    site: 'belgium.be',
    report: 'Jaarverslag 2025',
    help: 'hulp bij het invullen',
  },
  fr: {
    before: 'En savoir plus ? Lisez le',
    contact: 'formulaire de contact',
    site: 'belgium.be',
    report: 'Rapport annuel 2025',
    help: "l'aide pour remplir le formulaire",
  },
  de: {
    before: 'Mehr erfahren? Lesen Sie das',
    contact: 'Kontaktformular',
    site: 'belgium.be',
    report: 'Jahresbericht 2025',
    help: 'Hilfe zum Ausfüllen',
  },
  en: {
    before: 'Want to know more? Read the',
    contact: 'contact form',
    site: 'belgium.be',
    report: 'Annual report 2025',
    help: 'help with filling in the form',
  },
};

const updated = async (canvasElement: HTMLElement) => {
  const links = [...canvasElement.querySelectorAll<BfLink>('bf-link')];
  await Promise.all(links.map((link) => link.updateComplete));
  return links;
};

const meta = {
  title: 'Components/Link',
  component: 'bf-link',
  args: { external: false, fileType: '', fileSize: '' },
  argTypes: {
    external: { control: 'boolean', table: { category: 'properties' } },
    fileType: { control: 'text', table: { category: 'properties' } },
    fileSize: { control: 'text', table: { category: 'properties' } },
    // The attribute spellings the manifest adds to the API table: set through the properties.
    ...({ 'file-type': { control: false }, 'file-size': { control: false } } as ArgTypes),
  },
  render: (args, context) => {
    const t = text[localeOf(context)];
    return html`<p>
      ${t.before}
      <bf-link
        ?external=${args.external}
        file-type=${args.fileType || undefined}
        file-size=${args.fileSize || undefined}
        ><a href="#contact">${t.contact}</a></bf-link
      >.
    </p>`;
  },
  parameters: {
    docs: {
      description: {
        component: [
          'A link in running text. You write the `<a href>`; `bf-link` states what citizens need',
          'to know before they follow it: a new tab, another website, or a download with its type',
          'and size ("PDF, 240 kB").',
        ].join(' '),
      },
    },
  },
} satisfies Meta<LinkArgs>;

export default meta;

/** An ordinary link: the element changes nothing but the look. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [link] = await updated(canvasElement);
    await expect(link!.querySelector('a')).toHaveAttribute('href', '#contact');
  },
};

/** A link to another website that opens in a new tab: an icon, and both said to screen readers. */
export const ExternalInNewTab: Story = {
  render: (_args, context) => {
    const t = text[localeOf(context)];
    return html`<p>
      <bf-link external><a href="https://www.belgium.be" target="_blank">${t.site}</a></bf-link>
    </p>`;
  },
  play: async ({ canvasElement }) => {
    const [link] = await updated(canvasElement);
    const anchor = link!.querySelector('a')!;
    await expect(anchor).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link!.shadowRoot!.querySelector('[part="icon"]')).toBeVisible();
  },
};

/** A download: its type and size, in the page's number format, on screen and in its name. */
export const Download: Story = {
  render: (_args, context) =>
    html`<p>
      <bf-link file-size="1234567"
        ><a href="/docs/annual-report-2025.pdf" download
          >${text[localeOf(context)].report}</a
        ></bf-link
      >
    </p>`,
  play: async ({ canvasElement }) => {
    const [link] = await updated(canvasElement);
    await expect(link!.shadowRoot!.querySelector('[part="file"]')).toHaveTextContent(/PDF/);
  },
};

/** A link that opens a new tab, within a sentence. */
export const NewTab: Story = {
  render: (_args, context) => {
    const t = text[localeOf(context)];
    return html`<p>
      ${t.before} <bf-link><a href="#help" target="_blank">${t.help}</a></bf-link
      >.
    </p>`;
  },
};

/** Every kind of link in every theme. */
export const AllKindsInEveryTheme: Story = {
  render: (_args, context) => {
    const t = text[localeOf(context)];
    return html`${themes.map(
      (theme) =>
        html`<div
          data-bf-theme=${theme}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          <p><strong>${themeNames[theme]}</strong></p>
          <p>
            <bf-link><a href="#contact">${t.contact}</a></bf-link> ·
            <bf-link external
              ><a href="https://www.belgium.be" target="_blank">${t.site}</a></bf-link
            >
            ·
            <bf-link file-size="245760"
              ><a href="/docs/report.pdf" download>${t.report}</a></bf-link
            >
          </p>
        </div>`,
    )}`;
  },
};
