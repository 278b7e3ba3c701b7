// The "Change of address" example as an agency's server would send it: plain HTML with Belfry
// elements, no framework, the texts of stories/patterns/change-of-address/text.json. The form
// page, the "Check your answers" page built from what the server received, and the confirmation.
import { readFileSync } from 'node:fs';

/** @type {Record<'nl' | 'fr' | 'de' | 'en', Record<string, string>>} */
export const text = JSON.parse(
  readFileSync(new URL('../../../stories/patterns/change-of-address/text.json', import.meta.url)),
);
export const languages = /** @type {const} */ (['nl', 'fr', 'de', 'en']);
const regions = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };

/** What the National Register knows about the citizen: shown, not asked. */
export const known = { name: 'An Peeters', nrn: '85073003328' };

/** ISO date of `today` plus `months` calendar months (the last day of a shorter month). */
export function addMonths(today, months) {
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth() + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(today.getDate(), last));
  return date.toISOString().slice(0, 10);
}

/** The latest moving date that can be reported: 3 months ahead, as the hint says. */
export const latestMovingDate = (today = new Date()) => addMonths(today, 3);

const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
/** ` name="value"`, or nothing when the value is empty. */
const attr = (name, value) => (value ? ` ${name}="${escape(value)}"` : '');

function shell(lang, title, body, script = true) {
  return `<!doctype html>
<html lang="${regions[lang]}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
    <link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css" />
    <link rel="stylesheet" href="/packages/components/dist/undefined.css" />
    ${script ? '<script type="module" src="/packages/components/dist/belfry.js"></script>' : ''}
    <script type="module" src="/test/e2e/change-of-address/page.js"></script>
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>`;
}

/**
 * The form, in `lang`, with `answers` the server already has (after a Change link) as the
 * fields' values. `today` sets the moving date's limit.
 */
export function formPage(lang, answers = {}, { today = new Date(), bfcache = false } = {}) {
  const t = text[lang];
  const missing = (key) => ` strings="${escape(JSON.stringify({ valueMissing: t[key] }))}"`;
  const value = (name) => attr('value', answers[name]);
  const body = `      <bf-error-summary for="change-of-address"></bf-error-summary>
      <h1>${escape(t.title)}</h1>
      <p>${escape(t.lead)}</p>
      <form id="change-of-address" action="/${lang}/answers" method="post">
        <bf-fieldset legend="${escape(t.details)}">
          <bf-text-field label="${escape(t.name)}" name="name" value="${escape(known.name)}" source="national-register" readonly></bf-text-field>
          <bf-text-field label="${escape(t.nrn)}" name="nrn" preset="nrn" value="${known.nrn}" source="national-register" readonly></bf-text-field>
        </bf-fieldset>
        <bf-fieldset legend="${escape(t.address)}">
          <bf-text-field id="street" label="${escape(t.street)}" name="street" autocomplete="address-line1" required${missing('streetMissing')}${value('street')}></bf-text-field>
          <bf-text-field label="${escape(t.number)}" name="number" width="4" required${missing('numberMissing')}${value('number')}></bf-text-field>
          <bf-text-field label="${escape(t.box)}" name="box" width="4"${value('box')}></bf-text-field>
          <bf-text-field label="${escape(t.postcode)}" name="postcode" preset="postcode" required${missing('postcodeMissing')}${value('postcode')}></bf-text-field>
          <bf-text-field label="${escape(t.municipality)}" name="municipality" autocomplete="address-level2" required${missing('municipalityMissing')}${value('municipality')}></bf-text-field>
        </bf-fieldset>
        <bf-date-field id="moving-date" label="${escape(t.date)}" hint="${escape(t.dateHint)}" date-name="${escape(t.dateName)}" name="moving-date" max="${latestMovingDate(today)}" required${value('moving-date')}></bf-date-field>
        <bf-radio-group id="moving-with" label="${escape(t.movingWith)}" name="moving-with" required${missing('movingWithMissing')}>
          <bf-radio value="nobody"${answers['moving-with'] === 'nobody' ? ' checked' : ''}>${escape(t.nobody)}</bf-radio>
          <bf-radio value="others"${answers['moving-with'] === 'others' ? ' checked' : ''}>${escape(t.others)}
            <div slot="conditional">
              <bf-text-field label="${escape(t.companions)}" hint="${escape(t.companionsHint)}" name="companion" required${missing('companionsMissing')}${value('companion')}></bf-text-field>
              <bf-text-field label="${escape(t.companionNrn)}" hint="${escape(t.companionNrnHint)}" name="companion-nrn" preset="nrn" required${missing('companionNrnMissing')}${value('companion-nrn')}></bf-text-field>
            </div>
          </bf-radio>
        </bf-radio-group>
        <bf-checkbox id="business" name="business" value="yes"${answers.business ? ' checked' : ''}>${escape(t.business)}
          <div slot="conditional">
            <bf-text-field label="${escape(t.enterprise)}" hint="${escape(t.enterpriseHint)}" name="enterprise" preset="enterprise-number" required${missing('enterpriseMissing')}${value('enterprise')}></bf-text-field>
          </div>
        </bf-checkbox>
        <bf-fieldset legend="${escape(t.contact)}">
          <bf-text-field id="phone" label="${escape(t.phone)}" hint="${escape(t.phoneHint)}" name="phone" preset="phone"${value('phone')}></bf-text-field>
          <bf-text-field id="email" label="${escape(t.email)}" hint="${escape(t.emailHint)}" name="email" type="email" autocomplete="email" required${missing('emailMissing')}${value('email')}></bf-text-field>
          <bf-text-field id="iban" label="${escape(t.iban)}" hint="${escape(t.ibanHint)}" name="iban" preset="iban"${value('iban')}></bf-text-field>
        </bf-fieldset>
        <bf-button type="submit">${escape(t.continue)}</bf-button>
      </form>`;
  const page = shell(lang, t.title, body);
  // Keeps the page out of the back/forward cache, so that going back shows the browser's form
  // restore (test/e2e/form/no-bfcache.js).
  return bfcache
    ? page
    : page.replace('</head>', '  <script src="/test/e2e/form/no-bfcache.js"></script>\n  </head>');
}

/** A date as people read it in `lang`: "1 maart 2027". */
function readableDate(lang, iso) {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(regions[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** "Check your answers": every answer the server received, with a link back to its question. */
export function checkPage(lang, answers) {
  const t = text[lang];
  const change = (id) => `/${lang}/change#${id}`;
  const street = `${answers.street ?? ''} ${answers.number ?? ''}${answers.box ? ` ${t.boxWord} ${answers.box}` : ''}`;
  const rows = [
    `<bf-summary-list-row question="${escape(t.name)}" source="national-register">${escape(known.name)}</bf-summary-list-row>`,
    `<bf-summary-list-row question="${escape(t.nrn)}" source="national-register">${escape(answers.nrn)}</bf-summary-list-row>`,
    `<bf-summary-list-row question="${escape(t.newAddress)}" href="${change('street')}">${escape(street)}<br />${escape(answers.postcode)} ${escape(answers.municipality)}</bf-summary-list-row>`,
    `<bf-summary-list-row question="${escape(t.date)}" href="${change('moving-date')}">${escape(readableDate(lang, answers['moving-date'] ?? ''))}</bf-summary-list-row>`,
    `<bf-summary-list-row question="${escape(t.movingWith)}" href="${change('moving-with')}">${escape(
      answers['moving-with'] === 'others'
        ? `${t.others}: ${answers.companion} (${answers['companion-nrn']})`
        : t.nobody,
    )}</bf-summary-list-row>`,
    `<bf-summary-list-row question="${escape(t.businessKey)}" href="${change('business')}">${escape(
      answers.business ? `${t.yes}: ${answers.enterprise}` : t.no,
    )}</bf-summary-list-row>`,
    answers.phone
      ? `<bf-summary-list-row question="${escape(t.phone)}" href="${change('phone')}">${escape(answers.phone)}</bf-summary-list-row>`
      : '',
    `<bf-summary-list-row question="${escape(t.email)}" href="${change('email')}">${escape(answers.email)}</bf-summary-list-row>`,
    answers.iban
      ? `<bf-summary-list-row question="${escape(t.iban)}" href="${change('iban')}">${escape(answers.iban)}</bf-summary-list-row>`
      : '',
  ];
  const body = `      <h1>${escape(t.check)}</h1>
      <bf-summary-list>
        ${rows.filter(Boolean).join('\n        ')}
      </bf-summary-list>
      <form action="/${lang}/send" method="post">
        <bf-button type="submit">${escape(t.send)}</bf-button>
      </form>`;
  return shell(lang, t.check, body);
}

/** The confirmation. */
export function donePage(lang) {
  const t = text[lang];
  return shell(
    lang,
    t.done,
    `      <h1>${escape(t.done)}</h1>\n      <p>${escape(t.doneText)}</p>`,
  );
}
