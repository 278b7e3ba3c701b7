// The error pages a federal site shows when something goes wrong, in the frame every pattern
// shares, built only from Belfry elements: "Page not found" (404), "Something went wrong on our
// side" (500) and "Service unavailable" for planned maintenance (503). Each says what happened
// in plain words without blaming the citizen, what to do next, and how to get it done without
// the website. The three stories files beside this one show each page in four languages.
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import '@belfry/components/alert';
import '@belfry/components/alternative-channels';
import '@belfry/components/button';
import '@belfry/components/link';
import '@belfry/components/text-field';
import { formatDate } from '@belfry/core';
import { hours, phone } from '../../help-content.js';
import { localeOf, type Locale } from '../../story-context';
import { addPageStyles, pageFrame } from '../frame.js';
import { checkPage, pageA11y } from '../page-checks.js';

export type ErrorPage = 'not-found' | 'server-error' | 'maintenance';

/** The moment the pages are shown: Wednesday 10 June 2026, 10:04 in Brussels (the line is open). */
export const errorNow = new Date('2026-06-10T10:04:00+02:00');
/** When the citizen's answers were last saved, before the server failed. */
export const draftSavedAt = new Date('2026-06-10T09:58:00+02:00');
/** The planned maintenance: Saturday 13 June 2026, 20:00, to Sunday 14 June 2026, 08:00. */
export const maintenance = {
  start: new Date('2026-06-13T20:00:00+02:00'),
  end: new Date('2026-06-14T08:00:00+02:00'),
};
/** The code the helpdesk looks the failure up with; the server writes it into the page. */
export const referenceCode = 'MYM-7F3A-9C21';

/** A date and time as Belgians write them, in Brussels time: "zaterdag 13 juni 2026 om 20:00". */
export const dateAndTime = (locale: Locale, date: Date) =>
  formatDate({ locale }, date, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });

interface ErrorText {
  notFound: {
    title: string;
    lead: string;
    next: string;
    checkAddress: string;
    searchLabel: string;
    searchMissing: string;
    search: string;
    home: string;
    contact: string;
  };
  serverError: {
    title: string;
    lead: string;
    savedHeading: string;
    saved: (when: string) => string;
    next: string;
    later: string;
    retry: string;
    reference: string;
    phoneNote: string;
    officeNote: string;
  };
  maintenance: {
    title: string;
    lead: string;
    windowHeading: string;
    window: [before: string, between: string, after: string];
    kept: string;
    urgent: string;
    phoneNote: string;
    officeNote: string;
  };
  /** The office of the non-digital alternative. */
  office: [string, string, string];
  appointment: string;
}

export const errorText: Readonly<Record<Locale, ErrorText>> = {
  nl: {
    notFound: {
      title: 'Pagina niet gevonden',
      lead: 'De pagina die u zoekt, bestaat niet of niet meer. Misschien is het adres niet juist, of hebben wij de pagina verplaatst.',
      next: 'Wat kunt u doen?',
      checkAddress: 'Hebt u het adres zelf getypt? Kijk dan na of het juist is.',
      searchLabel: 'Zoeken op onze website',
      searchMissing: 'Typ een of meer woorden om te zoeken.',
      search: 'Zoeken',
      home: 'Ga naar de homepage',
      contact: 'Vindt u het niet? Neem contact met ons op',
    },
    serverError: {
      title: 'Er ging iets mis aan onze kant',
      lead: 'Het is niet uw fout. Onze website werkt nu niet zoals het hoort. Wij zijn het probleem aan het oplossen.',
      savedHeading: 'Uw antwoorden zijn bewaard',
      saved: (when) =>
        `Wij hebben uw belastingaangifte bewaard op ${when}. Als u terugkomt, gaat u verder waar u was.`,
      next: 'Wat kunt u doen?',
      later: 'Probeer het over een uur opnieuw.',
      retry: 'Opnieuw proberen',
      reference: 'Belt u ons? Geef dan deze referentie door. Zo vinden wij het probleem sneller:',
      phoneNote: 'Geef de referentie door. Wij helpen u uw aangifte af te werken.',
      officeNote: 'Breng uw identiteitskaart mee.',
    },
    maintenance: {
      title: 'Deze dienst is tijdelijk niet beschikbaar',
      lead: 'Wij werken aan MyMinfin. Tijdens dat onderhoud kunt u zich niet aanmelden.',
      windowHeading: 'Gepland onderhoud',
      window: ['Van ', ' tot ', '.'],
      kept: 'Uw ontwerpen en de berichten in uw e-Box blijven bewaard. Na het onderhoud gaat u verder waar u was.',
      urgent:
        'Moet u iets dringend doen, bijvoorbeeld omdat een termijn tijdens het onderhoud afloopt? Bel ons of kom langs. Wij houden rekening met het onderhoud.',
      phoneNote: 'Houd uw rijksregisternummer bij de hand.',
      officeNote: 'Breng uw identiteitskaart mee.',
    },
    office: ['Financiëntoren', 'Kruidtuinlaan 50', '1000 Brussel'],
    appointment: 'Maak een afspraak',
  },
  fr: {
    notFound: {
      title: 'Page introuvable',
      lead: 'La page que vous cherchez n’existe pas ou plus. L’adresse est peut-être incorrecte, ou nous avons déplacé la page.',
      next: 'Que pouvez-vous faire ?',
      checkAddress: 'Vous avez tapé l’adresse vous-même ? Vérifiez qu’elle est correcte.',
      searchLabel: 'Rechercher sur notre site',
      searchMissing: 'Tapez un ou plusieurs mots pour lancer la recherche.',
      search: 'Rechercher',
      home: 'Aller à la page d’accueil',
      contact: 'Vous ne trouvez pas ? Contactez-nous',
    },
    serverError: {
      title: 'Un problème est survenu de notre côté',
      lead: 'Ce n’est pas votre faute. Notre site ne fonctionne pas correctement pour le moment. Nous sommes en train de résoudre le problème.',
      savedHeading: 'Vos réponses sont enregistrées',
      saved: (when) =>
        `Nous avons enregistré votre déclaration d’impôt le ${when}. Quand vous reviendrez, vous reprendrez là où vous en étiez.`,
      next: 'Que pouvez-vous faire ?',
      later: 'Réessayez dans une heure.',
      retry: 'Réessayer',
      reference:
        'Vous nous appelez ? Donnez cette référence. Nous trouverons ainsi le problème plus vite :',
      phoneNote: 'Donnez la référence. Nous vous aidons à terminer votre déclaration.',
      officeNote: 'Apportez votre carte d’identité.',
    },
    maintenance: {
      title: 'Ce service est temporairement indisponible',
      lead: 'Nous travaillons sur MyMinfin. Pendant cette maintenance, vous ne pouvez pas vous connecter.',
      windowHeading: 'Maintenance prévue',
      window: ['Du ', ' au ', '.'],
      kept: 'Vos brouillons et les messages de votre e-Box restent enregistrés. Après la maintenance, vous reprenez là où vous en étiez.',
      urgent:
        'Vous devez faire quelque chose d’urgent, par exemple parce qu’un délai expire pendant la maintenance ? Appelez-nous ou passez nous voir. Nous tenons compte de la maintenance.',
      phoneNote: 'Gardez votre numéro de registre national sous la main.',
      officeNote: 'Apportez votre carte d’identité.',
    },
    office: ['Tour des Finances', 'Boulevard du Jardin Botanique 50', '1000 Bruxelles'],
    appointment: 'Prendre rendez-vous',
  },
  de: {
    notFound: {
      title: 'Seite nicht gefunden',
      lead: 'Die Seite, die Sie suchen, gibt es nicht oder nicht mehr. Vielleicht stimmt die Adresse nicht, oder wir haben die Seite verschoben.',
      next: 'Was können Sie tun?',
      checkAddress: 'Haben Sie die Adresse selbst eingegeben? Prüfen Sie, ob sie stimmt.',
      searchLabel: 'Auf unserer Website suchen',
      searchMissing: 'Geben Sie ein oder mehrere Wörter ein, um zu suchen.',
      search: 'Suchen',
      home: 'Zur Startseite',
      contact: 'Sie finden es nicht? Nehmen Sie Kontakt mit uns auf',
    },
    serverError: {
      title: 'Bei uns ist ein Fehler aufgetreten',
      lead: 'Es ist nicht Ihre Schuld. Unsere Website funktioniert gerade nicht richtig. Wir arbeiten an einer Lösung.',
      savedHeading: 'Ihre Antworten sind gespeichert',
      saved: (when) =>
        `Wir haben Ihre Steuererklärung am ${when} gespeichert. Wenn Sie zurückkommen, machen Sie dort weiter, wo Sie aufgehört haben.`,
      next: 'Was können Sie tun?',
      later: 'Versuchen Sie es in einer Stunde noch einmal.',
      retry: 'Erneut versuchen',
      reference:
        'Rufen Sie uns an? Nennen Sie dann diese Referenz. So finden wir das Problem schneller:',
      phoneNote: 'Nennen Sie die Referenz. Wir helfen Ihnen, Ihre Erklärung abzuschließen.',
      officeNote: 'Bringen Sie Ihren Personalausweis mit.',
    },
    maintenance: {
      title: 'Dieser Dienst ist vorübergehend nicht verfügbar',
      lead: 'Wir arbeiten an MyMinfin. Während der Wartung können Sie sich nicht anmelden.',
      windowHeading: 'Geplante Wartung',
      window: ['Von ', ' bis ', '.'],
      kept: 'Ihre Entwürfe und die Nachrichten in Ihrer e-Box bleiben gespeichert. Nach der Wartung machen Sie dort weiter, wo Sie aufgehört haben.',
      urgent:
        'Müssen Sie etwas Dringendes erledigen, zum Beispiel weil eine Frist während der Wartung abläuft? Rufen Sie uns an oder kommen Sie vorbei. Wir berücksichtigen die Wartung.',
      phoneNote: 'Halten Sie Ihre Nationalregisternummer bereit.',
      officeNote: 'Bringen Sie Ihren Personalausweis mit.',
    },
    office: ['Finanzturm', 'Boulevard du Jardin Botanique 50', '1000 Brüssel'],
    appointment: 'Einen Termin vereinbaren',
  },
  en: {
    notFound: {
      title: 'Page not found',
      lead: 'The page you are looking for does not exist, or no longer exists. The address may be wrong, or we may have moved the page.',
      next: 'What can you do?',
      checkAddress: 'Did you type the address yourself? Check that it is right.',
      searchLabel: 'Search our website',
      searchMissing: 'Type one or more words to search.',
      search: 'Search',
      home: 'Go to the home page',
      contact: 'Cannot find it? Contact us',
    },
    serverError: {
      title: 'Something went wrong on our side',
      lead: 'It is not your fault. Our website is not working as it should right now. We are fixing the problem.',
      savedHeading: 'Your answers are saved',
      saved: (when) =>
        `We saved your tax return on ${when}. When you come back, you continue where you left off.`,
      next: 'What can you do?',
      later: 'Try again in an hour.',
      retry: 'Try again',
      reference: 'Are you calling us? Then give this reference, so we find the problem faster:',
      phoneNote: 'Give the reference. We help you finish your return.',
      officeNote: 'Bring your identity card.',
    },
    maintenance: {
      title: 'This service is temporarily unavailable',
      lead: 'We are working on MyMinfin. During this maintenance you cannot sign in.',
      windowHeading: 'Planned maintenance',
      window: ['From ', ' to ', '.'],
      kept: 'Your drafts and the messages in your e-Box stay saved. After the maintenance you continue where you left off.',
      urgent:
        'Do you have something urgent to do, for example because a deadline ends during the maintenance? Call us or visit us. We take the maintenance into account.',
      phoneNote: 'Keep your national register number at hand.',
      officeNote: 'Bring your identity card.',
    },
    office: ['Finance Tower', 'Boulevard du Jardin Botanique 50', '1000 Brussels'],
    appointment: 'Make an appointment',
  },
};

const lines = (parts: readonly string[]) =>
  parts.map((part, index) => html`${index ? html`<br />` : ''}${part}`);

/** "Prefer not to do this online?": the phone (with a note of the page's own) and the office. */
function alternatives(locale: Locale, phoneNote: string, officeNote: string): TemplateResult {
  const t = errorText[locale];
  return html`<bf-alternative-channels variant="full" heading-level="2">
    <bf-channel kind="phone" value=${phone} hours=${hours} cost="free" .now=${errorNow}>
      <p>${phoneNote}</p>
    </bf-channel>
    <bf-channel kind="office" hours="Mo-Th 09:00-12:00" by-appointment step-free .now=${errorNow}>
      <address slot="address">${lines(t.office)}</address>
      <a slot="appointment" href="#appointment">${t.appointment}</a>
      <p>${officeNote}</p>
    </bf-channel>
  </bf-alternative-channels>`;
}

function notFound(locale: Locale): TemplateResult {
  const t = errorText[locale].notFound;
  return html`<h1>${t.title}</h1>
    <p>${t.lead}</p>
    <h2>${t.next}</h2>
    <p>${t.checkAddress}</p>
    <form class="page-search" role="search" action="#search">
      <!-- Required: an empty search finds nothing, and the field is not marked "optional". -->
      <bf-text-field
        type="search"
        name="q"
        label=${t.searchLabel}
        required
        strings=${JSON.stringify({ valueMissing: t.searchMissing })}
      ></bf-text-field>
      <bf-button type="submit">${t.search}</bf-button>
    </form>
    <ul class="page-links">
      <li>
        <bf-link><a href="#home">${t.home}</a></bf-link>
      </li>
      <li>
        <bf-link><a href="#contact">${t.contact}</a></bf-link>
      </li>
    </ul>`;
}

function serverError(locale: Locale): TemplateResult {
  const t = errorText[locale].serverError;
  return html`<h1>${t.title}</h1>
    <p>${t.lead}</p>
    <bf-alert variant="success" heading=${t.savedHeading}>
      <p>${t.saved(dateAndTime(locale, draftSavedAt))}</p>
    </bf-alert>
    <h2>${t.next}</h2>
    <p>${t.later}</p>
    <p><bf-button href="#tax-return">${t.retry}</bf-button></p>
    <p>${t.reference} <strong>${referenceCode}</strong></p>
    ${alternatives(locale, t.phoneNote, t.officeNote)}`;
}

function maintenancePage(locale: Locale): TemplateResult {
  const t = errorText[locale].maintenance;
  const [before, between, after] = t.window;
  const time = (date: Date) =>
    html`<time datetime=${date.toISOString()}>${dateAndTime(locale, date)}</time>`;
  return html`<h1>${t.title}</h1>
    <p>${t.lead}</p>
    <bf-alert variant="info" heading=${t.windowHeading}>
      <p>${before}${time(maintenance.start)}${between}${time(maintenance.end)}${after}</p>
    </bf-alert>
    <p>${t.kept}</p>
    <p>${t.urgent}</p>
    ${alternatives(locale, t.phoneNote, t.officeNote)}`;
}

const pages: Record<ErrorPage, (locale: Locale) => TemplateResult> = {
  'not-found': notFound,
  'server-error': serverError,
  maintenance: maintenancePage,
};

/** The error page `page` in `locale`, inside the shared frame. */
export function errorPage(page: ErrorPage, locale: Locale): TemplateResult {
  return pageFrame(locale, { main: pages[page](locale), now: errorNow });
}

const titleOf = (page: ErrorPage, locale: Locale) => {
  const t = errorText[locale];
  return { 'not-found': t.notFound, 'server-error': t.serverError, maintenance: t.maintenance }[
    page
  ].title;
};

/** What each page must give the citizen, checked as they would use it. */
const checks: Record<ErrorPage, (canvas: HTMLElement, locale: Locale) => Promise<void>> = {
  // The way on: the search works from the keyboard (and says what to do when nothing is typed),
  // and home and contact are one link away.
  'not-found': async (canvas, locale) => {
    const t = errorText[locale].notFound;
    const form = canvas.querySelector<HTMLFormElement>('form[role="search"]')!;
    const searched: string[] = [];
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      searched.push(String(new FormData(form).get('q')));
    };
    form.addEventListener('submit', onSubmit);
    try {
      const field = form.querySelector('bf-text-field')!;
      await field.updateComplete;
      const input = field.shadowRoot?.querySelector('input') ?? field.querySelector('input')!;
      // Nothing typed: nothing is searched, and the field says what to do.
      await userEvent.click(input);
      await userEvent.keyboard('{Enter}');
      const fieldText = () => `${field.textContent} ${field.shadowRoot?.textContent ?? ''}`;
      await waitFor(() => expect(fieldText()).toContain(t.searchMissing));
      await expect(searched).toEqual([]);
      // A word typed and Enter: it is searched.
      await userEvent.click(input);
      await userEvent.keyboard('attest{Enter}');
      await waitFor(() => expect(searched).toEqual(['attest']));
    } finally {
      form.removeEventListener('submit', onSubmit);
    }
    const links = [...canvas.querySelectorAll<HTMLAnchorElement>('main li > bf-link > a')];
    await expect(links.map((link) => link.textContent!.trim())).toEqual([t.home, t.contact]);
  },
  // Nothing is lost, and the helpdesk can find the failure: the draft's time, the reference,
  // and a phone number to call.
  'server-error': async (canvas, locale) => {
    const alert = canvas.querySelector('bf-alert[variant="success"]')!;
    await expect(alert.textContent).toContain(dateAndTime(locale, draftSavedAt));
    await expect(canvas.querySelector('main strong')!.textContent).toBe(referenceCode);
    await phoneLinkOf(canvas);
  },
  // The window in Belgian formats, readable by machines too, and a phone number to call.
  maintenance: async (canvas, locale) => {
    const times = [...canvas.querySelectorAll('bf-alert time')];
    await expect(times.map((time) => time.getAttribute('datetime'))).toEqual([
      maintenance.start.toISOString(),
      maintenance.end.toISOString(),
    ]);
    await expect(times.map((time) => time.textContent)).toEqual([
      dateAndTime(locale, maintenance.start),
      dateAndTime(locale, maintenance.end),
    ]);
    await phoneLinkOf(canvas);
  },
};

/** The non-digital alternative's phone number is a link a phone can call. */
async function phoneLinkOf(canvas: HTMLElement) {
  const channel = canvas.querySelector('main bf-channel[kind="phone"]')!;
  await waitFor(() =>
    expect(channel.shadowRoot?.querySelector('a[href^="tel:"]')?.textContent).toContain(phone),
  );
}

/** The story settings every error page shares: render, the page rules, and the checks. */
export function errorPageStories(page: ErrorPage) {
  return {
    render: (_args, context) => {
      addPageStyles();
      return errorPage(page, localeOf(context));
    },
    parameters: { page: true, layout: 'fullscreen', a11y: pageA11y },
    play: async (context: StoryContext) => {
      const locale = localeOf(context);
      // The header's menu and the language switcher.
      await checkPage(context.canvasElement, { title: titleOf(page, locale), navigations: 2 });
      await checks[page](context.canvasElement, locale);
    },
  } satisfies Meta;
}
