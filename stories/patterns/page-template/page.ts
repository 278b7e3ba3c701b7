// The page template: one federal page built only from Belfry's frame and everyday components,
// in four languages. The story (page-template.stories.ts) shows it at 320 px and 1280 px, and
// test/patterns/page-template.test.ts checks its landmarks, its heading outline and axe's
// page rules. Change it in one place: both use this template. The frame around it (skip link,
// header, footer) is the one every pattern shares: ../frame.ts.
import { html } from 'lit';
import '@belfry/components/breadcrumbs';
import '@belfry/components/alert';
import '@belfry/components/link';
import '@belfry/components/accordion';
import '@belfry/components/pagination';
import '@belfry/components/tag';
import type { Locale } from '@belfry/core';
import { addPageStyles, frameText, pageFrame, pageStyles } from '../frame.js';

export { addPageStyles, pageStyles };

/** What the page says, written as the agency would write it to a citizen. */
export interface PageText {
  section: string;
  title: string;
  lead: string;
  deadlineHeading: string;
  deadline: string;
  myminfin: string;
  myminfinAfter: string;
  questionsHeading: string;
  questions: readonly (readonly [string, string])[];
  newsHeading: string;
  news: readonly (readonly [string, string])[];
  newTag: string;
}

export const pageText: Readonly<Record<Locale, PageText>> = {
  nl: {
    section: 'Personenbelasting',
    title: 'Uw belastingaangifte 2026',
    lead: 'Iedereen die in België woont en inkomsten had, doet elk jaar een belastingaangifte. Voor veel mensen is die al ingevuld.',
    deadlineHeading: 'Uiterste datum: 15 juli 2026',
    deadline: 'Dien uw aangifte op papier of online in vóór 15 juli 2026.',
    myminfin: 'Doe uw aangifte in MyMinfin',
    myminfinAfter: 'met uw eID of itsme.',
    questionsHeading: 'Vaak gestelde vragen',
    questions: [
      [
        'Wie moet een aangifte doen?',
        'Iedereen die in België woont en in 2025 inkomsten had, ook als u die inkomsten uit het buitenland kreeg.',
      ],
      [
        'Kan ik mijn aangifte op papier doen?',
        'Ja. U krijgt het papieren formulier met de post. U kunt het ook bij ons aanvragen of in een kantoor laten invullen.',
      ],
      [
        'Wat als ik te laat ben?',
        'Neem zo snel mogelijk contact met ons op. Wij zoeken samen met u een oplossing.',
      ],
    ],
    newsHeading: 'Nieuws',
    news: [
      ['Hulp bij uw aangifte in elke gemeente', '2 juni 2026'],
      ['Nieuwe belastingvrije som', '20 mei 2026'],
      ['Uw voorstel van vereenvoudigde aangifte', '5 mei 2026'],
    ],
    newTag: 'Nieuw',
  },
  fr: {
    section: 'Impôt des personnes physiques',
    title: 'Votre déclaration d’impôt 2026',
    lead: 'Toute personne qui habite en Belgique et a eu des revenus fait chaque année une déclaration d’impôt. Pour beaucoup, elle est déjà remplie.',
    deadlineHeading: 'Date limite : 15 juillet 2026',
    deadline: 'Introduisez votre déclaration sur papier ou en ligne avant le 15 juillet 2026.',
    myminfin: 'Faites votre déclaration dans MyMinfin',
    myminfinAfter: 'avec votre eID ou itsme.',
    questionsHeading: 'Questions fréquentes',
    questions: [
      [
        'Qui doit faire une déclaration ?',
        'Toute personne qui habite en Belgique et a eu des revenus en 2025, même si ces revenus viennent de l’étranger.',
      ],
      [
        'Puis-je faire ma déclaration sur papier ?',
        'Oui. Vous recevez le formulaire papier par la poste. Vous pouvez aussi nous le demander ou le faire remplir dans un bureau.',
      ],
      [
        'Et si je suis en retard ?',
        'Contactez-nous le plus vite possible. Nous chercherons une solution avec vous.',
      ],
    ],
    newsHeading: 'Actualités',
    news: [
      ['De l’aide pour votre déclaration dans chaque commune', '2 juin 2026'],
      ['Nouvelle quotité exemptée d’impôt', '20 mai 2026'],
      ['Votre proposition de déclaration simplifiée', '5 mai 2026'],
    ],
    newTag: 'Nouveau',
  },
  de: {
    section: 'Steuer der natürlichen Personen',
    title: 'Ihre Steuererklärung 2026',
    lead: 'Wer in Belgien wohnt und Einkünfte hatte, reicht jedes Jahr eine Steuererklärung ein. Für viele ist sie schon ausgefüllt.',
    deadlineHeading: 'Frist: 15. Juli 2026',
    deadline: 'Reichen Sie Ihre Erklärung auf Papier oder online vor dem 15. Juli 2026 ein.',
    myminfin: 'Reichen Sie Ihre Erklärung in MyMinfin ein',
    myminfinAfter: 'mit Ihrer eID oder itsme.',
    questionsHeading: 'Häufige Fragen',
    questions: [
      [
        'Wer muss eine Erklärung einreichen?',
        'Jeder, der in Belgien wohnt und 2025 Einkünfte hatte, auch aus dem Ausland.',
      ],
      [
        'Kann ich meine Erklärung auf Papier einreichen?',
        'Ja. Sie erhalten das Papierformular mit der Post. Sie können es auch bei uns anfordern oder in einem Büro ausfüllen lassen.',
      ],
      [
        'Was, wenn ich zu spät bin?',
        'Nehmen Sie so schnell wie möglich Kontakt mit uns auf. Wir suchen mit Ihnen eine Lösung.',
      ],
    ],
    newsHeading: 'Neuigkeiten',
    news: [
      ['Hilfe bei Ihrer Erklärung in jeder Gemeinde', '2. Juni 2026'],
      ['Neuer Steuerfreibetrag', '20. Mai 2026'],
      ['Ihr Vorschlag einer vereinfachten Erklärung', '5. Mai 2026'],
    ],
    newTag: 'Neu',
  },
  en: {
    section: 'Personal income tax',
    title: 'Your 2026 tax return',
    lead: 'Everyone who lives in Belgium and had an income files a tax return each year. For many people it is already filled in.',
    deadlineHeading: 'Deadline: 15 July 2026',
    deadline: 'Send your return on paper or online before 15 July 2026.',
    myminfin: 'File your return in MyMinfin',
    myminfinAfter: 'with your eID or itsme.',
    questionsHeading: 'Frequently asked questions',
    questions: [
      [
        'Who must file a return?',
        'Everyone who lives in Belgium and had an income in 2025, also when that income came from abroad.',
      ],
      [
        'Can I file my return on paper?',
        'Yes. You receive the paper form by post. You can also ask us for one, or have it filled in at one of our offices.',
      ],
      ['What if I am late?', 'Contact us as soon as you can. We will find a solution with you.'],
    ],
    newsHeading: 'News',
    news: [
      ['Help with your return in every municipality', '2 June 2026'],
      ['A new tax-free allowance', '20 May 2026'],
      ['Your proposed simplified return', '5 May 2026'],
    ],
    newTag: 'New',
  },
};

/**
 * The whole page: the shared frame (skip link, header with navigation, sign-in and language
 * switcher, footer with the non-digital alternatives) around breadcrumbs, the main content with
 * its heading, an alert, a link, an accordion, and a news list with pagination.
 */
export function pageTemplate(locale: Locale) {
  const t = pageText[locale];
  const main = html`<bf-breadcrumbs>
      <a href="#home">${frameText[locale].home}</a>
      <a href="#section">${t.section}</a>
      <span>${t.title}</span>
    </bf-breadcrumbs>
    <h1>${t.title}</h1>
    <p>${t.lead}</p>
    <bf-alert variant="warning" heading=${t.deadlineHeading}>
      <p>${t.deadline}</p>
    </bf-alert>
    <p>
      <bf-link external
        ><a href="https://eservices.minfin.fgov.be/myminfin-web/" target="_blank"
          >${t.myminfin}</a
        ></bf-link
      >
      ${t.myminfinAfter}
    </p>
    <h2>${t.questionsHeading}</h2>
    <bf-accordion heading-level="3">
      ${t.questions.map(
        ([question, answer]) =>
          html`<bf-accordion-item heading=${question}><p>${answer}</p></bf-accordion-item>`,
      )}
    </bf-accordion>
    <h2>${t.newsHeading}</h2>
    <ul class="page-news">
      ${t.news.map(
        ([title, date], index) =>
          html`<li>
            <a href="#news-${index}">${title}</a>
            ${index === 0 ? html`<bf-tag variant="info">${t.newTag}</bf-tag>` : ''}
            <br />${date}
          </li>`,
      )}
    </ul>
    <bf-pagination current="1" total="4" href-template="?page={page}"></bf-pagination>`;
  return pageFrame(locale, { main, current: 0 });
}
