import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/alert';
import '@belfry/components/button';
import { alertVariants, type AlertVariant } from '@belfry/components';
import { localeOf, type Locale } from './story-context';

type AlertArgs = {
  variant: AlertVariant;
  heading: string;
  headingLevel: number;
  dismissible: boolean;
};
type Story = StoryObj<AlertArgs>;

/** The messages these stories show, as a service would write them, in each language. */
const messages: Record<
  Locale,
  Record<AlertVariant, { heading: string; text: string }> & { link: string; show: string }
> = {
  nl: {
    info: {
      heading: 'Nieuwe openingsuren',
      text: 'Vanaf 1 september zijn onze kantoren open van maandag tot vrijdag, van 9 tot 12 uur.',
    },
    success: {
      heading: 'Uw aanvraag is verstuurd',
      text: 'U krijgt binnen 10 werkdagen een antwoord in uw eBox.',
    },
    warning: {
      heading: 'Onderhoud op zondag',
      text: 'Op zondag 14 juni tussen 6 en 9 uur kunt u deze dienst niet gebruiken.',
    },
    error: {
      heading: 'Betaling mislukt',
      text: 'Uw bank heeft de betaling geweigerd. Er is geen geld van uw rekening gegaan.',
    },
    link: 'Meer informatie',
    show: 'Betalen',
  },
  fr: {
    info: {
      heading: 'Nouveaux horaires',
      text: 'À partir du 1er septembre, nos bureaux sont ouverts du lundi au vendredi, de 9 h à 12 h.',
    },
    success: {
      heading: 'Votre demande a été envoyée',
      text: 'Vous recevrez une réponse dans votre eBox dans les 10 jours ouvrables.',
    },
    warning: {
      heading: 'Maintenance dimanche',
      text: 'Le dimanche 14 juin, entre 6 h et 9 h, ce service ne sera pas disponible.',
    },
    error: {
      heading: 'Le paiement a échoué',
      text: 'Votre banque a refusé le paiement. Aucun montant n’a été débité de votre compte.',
    },
    link: 'Plus d’informations',
    show: 'Payer',
  },
  de: {
    info: {
      heading: 'Neue Öffnungszeiten',
      text: 'Ab dem 1. September sind unsere Büros montags bis freitags von 9 bis 12 Uhr geöffnet.',
    },
    success: {
      heading: 'Ihr Antrag wurde gesendet',
      text: 'Sie erhalten innerhalb von 10 Werktagen eine Antwort in Ihrer eBox.',
    },
    warning: {
      heading: 'Wartung am Sonntag',
      text: 'Am Sonntag, 14. Juni, können Sie diesen Dienst zwischen 6 und 9 Uhr nicht nutzen.',
    },
    error: {
      heading: 'Zahlung fehlgeschlagen',
      text: 'Ihre Bank hat die Zahlung abgelehnt. Es wurde kein Geld von Ihrem Konto abgebucht.',
    },
    link: 'Weitere Informationen',
    show: 'Bezahlen',
  },
  en: {
    info: {
      heading: 'New opening hours',
      text: 'From 1 September our offices are open Monday to Friday, from 9:00 to 12:00.',
    },
    success: {
      heading: 'Your application has been sent',
      text: 'You will get an answer in your eBox within 10 working days.',
    },
    warning: {
      heading: 'Maintenance on Sunday',
      text: 'On Sunday 14 June, between 6:00 and 9:00, you cannot use this service.',
    },
    error: {
      heading: 'Payment failed',
      text: 'Your bank refused the payment. No money has left your account.',
    },
    link: 'More information',
    show: 'Pay',
  },
};

const textOf = (context: StoryContext<AlertArgs>) => messages[localeOf(context)];

const meta = {
  title: 'Components/Alert',
  component: 'bf-alert',
  render: (args, context) => {
    const text = textOf(context)[args.variant] ?? textOf(context).info;
    return html`<bf-alert
      variant=${args.variant}
      heading=${args.heading || text.heading}
      heading-level=${args.headingLevel}
      ?dismissible=${args.dismissible}
      ><p>${text.text}</p></bf-alert
    >`;
  },
  args: { variant: 'info', heading: '', headingLevel: 2, dismissible: false },
  argTypes: {
    variant: {
      control: 'select',
      options: alertVariants,
      table: { category: 'properties', defaultValue: { summary: 'info' } },
    },
    heading: {
      control: 'text',
      description: 'Empty here: the story’s own heading in the story’s language.',
      table: { category: 'properties' },
    },
    headingLevel: {
      control: { type: 'number', min: 2, max: 6 },
      table: { category: 'properties', defaultValue: { summary: '2' } },
    },
    dismissible: { control: 'boolean', table: { category: 'properties' } },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'A message about the page or the task: information, success, a warning or an error.',
          'Its kind is shown by an icon and colour and said in words to screen readers. An error',
          'or success that appears after the page loaded is announced through the page’s one',
          'announcer; a message that is there when the page loads is read with the page.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<AlertArgs>;

export default meta;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('bf-alert')!;
    await alert.updateComplete;
    await expect(alert.shadowRoot!.querySelector('h2')).not.toBeNull();
  },
};

export const AllKinds: Story = {
  render: (_args, context) =>
    html`<div style="display: grid; gap: 1rem">
      ${alertVariants.map(
        (variant) =>
          html`<bf-alert variant=${variant} heading=${textOf(context)[variant].heading}
            ><p>
              ${textOf(context)[variant].text} <a href="#more">${textOf(context).link}</a>
            </p></bf-alert
          >`,
      )}
    </div>`,
};

export const WithoutHeading: Story = {
  render: (_args, context) =>
    html`<bf-alert variant="warning"><p>${textOf(context).warning.text}</p></bf-alert>`,
};

export const Dismissible: Story = {
  args: { variant: 'success', dismissible: true },
  render: (args, context) =>
    html`<div>
      <bf-alert variant=${args.variant} heading=${textOf(context).success.heading} dismissible
        ><p>${textOf(context).success.text}</p></bf-alert
      >
      <p><a href="#inbox">${textOf(context).link}</a></p>
    </div>`,
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('bf-alert')!;
    await alert.updateComplete;
    await userEvent.click(alert.shadowRoot!.querySelector('button')!);
    await expect(alert.hidden).toBe(true);
    // Focus moves on to the next control in the landmark (the story's main), not to the top of
    // the page.
    await expect(document.activeElement).toBe(canvasElement.querySelector('a'));
  },
};

/** A payment that fails: the error appears after the click and is announced. */
export const Appearing: Story = {
  render: (_args, context) => {
    const text = textOf(context);
    const pay = (event: Event) => {
      const region = (event.target as HTMLElement).closest('div')!.querySelector('.result')!;
      const alert = document.createElement('bf-alert');
      alert.variant = 'error';
      alert.heading = text.error.heading;
      const paragraph = document.createElement('p');
      paragraph.textContent = text.error.text;
      alert.append(paragraph);
      region.replaceChildren(alert);
    };
    return html`<div>
      <bf-button @click=${pay}>${text.show}</bf-button>
      <div class="result" style="margin-block-start: 1rem"></div>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('bf-button')!);
    await waitFor(() =>
      expect(document.querySelector('[data-bf-announcer="assertive"]')?.textContent ?? '').not.toBe(
        '',
      ),
    );
  },
};
