// Size budgets, min+gzip, measured as a page downloads each entry: bundled with everything it
// imports and minified. `npm run size` (part of `npm test`) fails when one is exceeded.
// - Per component, Lit excluded: what the component itself and @belfry/core cost. Lit is shared
//   by every component and every other Lit element on the page, so it is budgeted apart.
// - Totals, Lit included: the button alone, computed from its budget, and all of Belfry in
//   `belfry.js`, which has a budget of its own (see `everything`).
// Components are found on disk (every `packages/components/src/<name>/index.ts` that registers an
// element), so a new one is budgeted without an edit here: it gets the default, unless it needs
// a line in `ownBudgets`.
// See docs/performance.md for the figures.
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

/** The budget of a component entry that has none of its own, Lit excluded (@belfry/core included). */
const defaultBudget = 5;
/** Components whose budget differs from the default, in kB, Lit excluded. */
// Measured against the production build (dist/), without development warnings and server
// branches. Core's budget keeps about 0.15 kB of room, and so does each budget below that holds
// it: see docs/performance.md.
const ownBudgets = {
  // The first field: it holds the fields' whole form-control core (controller, watchForm, the
  // validation messages in four languages, the announcer for the count), the fields' shared look
  // (core's fieldStyles, as the textarea and select), the preset plumbing and its own styles.
  // The presets (the Belgian validators and their messages) and known values are imports of
  // their own, budgeted below (docs/decisions/0024): 18.18 kB with both until they were, 11.41
  // kB now. Issue 8 aimed at 11 kB with Lit (about 5.4 without); see docs/performance.md for
  // what the rest is. Later fields share all of this, so each adds only its own part to belfry.js.
  // +0.2 (measured 11.53 -> 11.71 kB): core's DisabledStateController, which every field and
  // option holds so that it looks disabled in a disabled fieldset too (ADR 0038); the same
  // 0.13-0.18 kB raises each field's and option's budget below.
  'text-field': 11.75,
  // 5.9 until the form system: core's watchForm (Enter submits through the first submit button,
  // a failed submit shows inline errors), which every form calls once, added 0.46 kB.
  // 6.4 until the page chrome (issue 9): expanded, pressed and controls forwarded to the inner
  // control (element reflection), and the drawn new-tab sign with core's new-tab phrase, added
  // 0.51 kB (measured 6.75 kB). 6.83 kB since core's watchForm also watches a form in a shadow
  // root (the help's call-back form).
  button: 6.9,
  // The icon entry holds only BelfryElement of @belfry/core (about 1.2 kB, not 3.45) plus the
  // element and all 27 icons (about 2.3 kB). Its budget is set so that this share fits in the
  // belfry.js total; the two icon lines below keep the element and the set tight.
  icon: 5.8,
  // Fields hold the form-control core and the shared field look (fieldStyles): about 8.5 kB
  // with BelfryElement, downloaded once by a page with several fields. The textarea's own code
  // is about 0.6 kB, the select's about 1.2 kB (options moved into the select, the empty first
  // option in four languages, the arrow).
  // Known values ("only once": the source's words in four languages, the "This is not correct"
  // button and its styles, about 1.6 kB in core) are an import of their own since
  // docs/decisions/0024: the textarea measures 9.52 (10.81 with them), the select 10.1 (11.39).
  // +0.2 each for core's DisabledStateController (ADR 0038): measured 9.8 and 10.39 kB.
  textarea: 9.9,
  select: 10.45,
  // Checkboxes and radios hold the form core they use (watchForm, the fields' shared messages
  // in four languages, LocalizeController) and core's choice module (the option, its label and
  // follow-up questions, a group's one validity and its error); a lone checkbox checks itself,
  // so it holds the group's validation too. Measured 9.3, 9.85, 5.25 and 9.64 kB; with the
  // shared choice styles moved into core (choiceStyles, choiceGroupStyles) 9.57, 10, 5.48 and
  // 9.79 kB (each entry holds them as before, now in two sheets that gzip cannot match as one).
  // The checkbox measures 9.74 kB since core's whenRestored (reading a restored control again on
  // pageshow); BelfryElement's count of running definitions (ADR 0021) is in that figure.
  // +0.15 to +0.2 each for core's DisabledStateController (ADR 0038): measured 9.96, 10.39,
  // 5.77 and 10.18 kB.
  checkbox: 10.05,
  'checkbox-group': 10.45,
  radio: 5.9,
  'radio-group': 10.25,
  // The error summary installs core's watchForm for its form, as the button does, and holds
  // setErrorTitle; it measures 5.4 kB, 5.6 since it finds the legend of a Belfry group through
  // the flat tree.
  'error-summary': 5.75,
  // The list and its row hold less of core than the share every budget assumes (no announcer,
  // slots or formatting: the entry measures 4.3 kB), so its own 1.3 kB would not fit in the
  // belfry.js total with the default; this budget carries it there.
  'summary-list': 5.4,
  // A field: core's form control as fields use it (about 8.1 kB with the base element and the
  // text every field shares), and the date field's own 5 kB: its messages in four languages
  // (1.3 kB), the calendar checks and paste splitting (0.9 kB when minified alone), its styles
  // (1.1 kB) and the element. Measured 13.17 kB (14.16 while core held known values); 13.28 kB
  // since it reads its boxes again after a restore.
  // 13.46 kB since the font stack is core's fontFamilyBase (ADR 0034), a fragment of its own.
  // 13.63 kB with core's DisabledStateController (ADR 0038).
  'date-field': 13.8,
  // The alert holds core's announcer, localization, heading, focus and appearance helpers, its
  // text in four languages and five drawings (its four kinds and the close cross): 5.7 kB;
  // 5.94 kB since moveFocusFrom uses core's one definition of a Tab stop (focus-trap.ts).
  alert: 6.1,
  // Tighter than the default: the tag holds only BelfryElement and four drawings (2.25 kB), the
  // spinner the announcer and localization besides (3.52 kB).
  tag: 2.45,
  spinner: 3.7,
  // The header renders a bf-language-switcher of its own (about 2.2 kB with its names and
  // styles) and three icons with the icon element (about 1.3 kB), besides its own code, strings
  // in four languages and two style sheets (about 3.1 kB). Measured 8.96 kB.
  header: 9.1,
  // A link holds core's link phrases (the new-tab and external words, file sizes in four
  // languages and the Belgian number format, file type names: about 1.5 kB alone), two icon
  // drawings it draws itself (no <bf-icon>) and its own 1.2 kB. Measured 4.91 kB: over the
  // default's room of 0.15 kB.
  link: 5.1,
  // Issue 10 aimed at 3 kB for bf-draft; it measures 6.78 kB. Of that, the core it shares with
  // every field (BelfryElement and its styles, LocalizeController, announce, formatDate,
  // whenRestored: 2.6 kB measured alone) is already on any page with a Belfry field; the line
  // "bf-draft's own code" below holds what it adds there: the element, its notice's text in four
  // languages and styles, the versioned storage and core's form-answers (readAnswers/applyAnswers).
  draft: 6.9,
  // The accordion and its sections: BelfryElement, the localization controller (its button's
  // text in four languages), core's disclosure controller and heading helpers, bf-icon with its
  // chevron, and the two elements' styles. Measured 5.71 kB; 6.08 kB since the disclosure
  // controller holds the session memory of opened disclosures (its `remember` option, read from
  // sessionStorage: docs/decisions/0027) and core's helpers for a heading level inherited from
  // a container, which the step-by-step shares.
  // 6.31 kB since the "Show all" logic, its template and styles and the disclosure button's
  // styles are core's, shared with the step-by-step and the help (ADR 0034): written for any
  // group, they are 0.23 kB more for a page with only an accordion; all of Belfry is 0.58 kB less.
  accordion: 6.45,
  // The dialog: BelfryElement, localization (the close button's name), the slot controller,
  // core's modal helpers (scroll lock, focus return, Tab wrap in the flat tree, the modal
  // registry), bf-icon with its cross, and its styles. Measured 6.85 kB; 7.04 kB with main's core
  // (the alerts' helpers it shares).
  dialog: 7.2,
  // Navigation (docs/decisions/0023): each holds BelfryElement, the localization controller and
  // its own text in four languages; the pagination also holds the announcer. Measured 4.22, 3.14
  // and 4.38 kB.
  'language-switcher': 4.4,
  breadcrumbs: 3.3,
  // 4.56 kB since the font stack is core's fontFamilyBase (ADR 0034).
  pagination: 4.7,
  // The help (issue 12) renders the call-back form and the finder with Belfry's own elements:
  // text field, select, textarea, radio group, error summary, alert, button, link, icon and the
  // dialog, so its entry holds the fields' whole form-control core (about 8.5 kB, shared by any
  // page with a field), each of those elements, and core's opening hours (shared with
  // bf-alternative-channels). Its own code (two elements, text in four languages, styles, the
  // postal-code matching) adds about 9.1 kB to belfry.js. Measured 50.66 kB; 51.03 kB after
  // the merge of issues 10-12 (core's shared additions, above). 50.74 kB (+0.31) with the
  // call-back form's known details of a signed-in citizen (reading and checking \`known\`).
  help: 51.2,
  // Two elements (the block and its channels) and core's opening hours: the parser, Belgium's
  // holidays, Brussels time through Intl, the live controller and its words in four languages
  // (about 5 kB of the total, shared with bf-help), plus the channels' own text and styles.
  // Measured 14.0 kB, 14.34 kB with the disclosures' session memory (ADR 0027).
  'alternative-channels': 14.5,
  // The stepper and its steps (docs/decisions/0026): BelfryElement, localization ("Step 2 of 5"
  // and each state's words in four languages, 0.42 kB), the announcer, core's disclosure
  // controller and safeUrl (2.71 kB of core in all), the two elements' styles (1.29 kB) and code.
  // Measured 5.79 kB; 11.24 kB with Lit, over issue 10's aim of 10 kB (see docs/performance.md).
  // 6.14 kB once the disclosure controller gained its session memory (ADR 0027), which the
  // stepper's small-screen list does not use but the controller's module holds.
  stepper: 6.3,
  // The step-by-step and its steps (docs/decisions/0027): what the accordion holds (BelfryElement,
  // localization, the disclosure controller with its session memory, heading helpers, bf-icon
  // with its chevron), plus bf-tag for the statuses (its styles and four drawings), the
  // statuses' own four drawings, its text in four languages and the two elements' styles.
  // Measured 8.25 kB; 13.57 kB with Lit (see the line with Lit below).
  // 8.52 kB with core's DisclosureGroupController and disclosure styles (ADR 0034), as the
  // accordion.
  'step-by-step': 8.65,
  // The e-Box list (docs/decisions/0028): BelfryElement, localization, the number, date and
  // currency formats and the announcer of core (about 2.4 kB), bf-pagination and bf-tag (about
  // 2.8 kB), the e-Box model with its phrases (about 2.3 kB), the list's text in four languages
  // (about 2.2 kB), its styles (1.7 kB) and the element (about 4.3 kB alone). Measured 14.94 kB,
  // about 20.2 kB with Lit: over issue 11's 14 kB with Lit, which Lit, core, bf-pagination and
  // bf-tag (11.2 kB together) leave no room for.
  'ebox-list': 15.1,
  // The e-Box message view renders bf-button (its copy buttons and Reply), bf-alert (the
  // registered-letter notice), bf-link (downloads, helpdesk, back) and bf-tag (the expiry): 12.41
  // kB together, already on most pages that show a message. What it adds to them is 7.98 kB: its
  // template, its text in four languages (the registered-letter explanation is most of it) and
  // styles, the e-Box model's helpers and text, core's copyText and the IBAN and structured
  // reference formatting. Measured 20.53 kB.
  // 20.94 kB since the helpdesk phone is core's phoneLink (the Belgian number check that formats
  // it and dials it in its international form, as the channels and the help do).
  'ebox-message': 21.1,
};
/**
 * What Lit adds to a bundle that already has a component, in kB: about 5.5 today (Lit alone is
 * 6.35, but it compresses better next to the component's code).
 */
const litShare = 5.6;
/** @belfry/core, Lit excluded, in kB: its own budget, and its part of every component budget. */
// 3.6 until the page chrome (issue 9): adoptLightStyles and enclosingLandmark, about 0.3 kB.
// 3.9 until issues 10-12: the heading helpers for a level inherited from a container, watchForm
// in shadow roots (bf-help's own form), the structured-reference check and more modules for
// gzip to see across took all of core from 31.25 to 31.87 kB measured.
// +0.1: core's phoneLink, one tel: link for the channels and the help (it was in the channels).
const coreShare = 4.7;
/**
 * Known values and the preset plumbing the fields share in @belfry/core (sources,
 * knownValueStyles, FieldPresetController and the two registries of docs/decisions/0024), in
 * kB: about 2.1 alone, 3.05 added to all of core (2.5 before the registries, which add a module
 * boundary gzip cannot see across). fieldStyles is counted in `fieldStylesShare`.
 */
const fieldsShare = 3.05;
/**
 * The Belgian validators of @belfry/core with their messages in four languages, in kB (about 4
 * of the 5 are the messages). They are in the package but in no component's bundle unless the
 * component uses them, so they are not part of `coreShare`.
 */
const validatorsShare = 5.35;
/**
 * The fields' form-control core (the controller and the validation messages in four languages),
 * in kB. Only fields pull it in: a button, an icon or an error summary never downloads it.
 */
// 4.5 until fields of several boxes (bf-date-field's day, month and year): about 0.35 kB.
// 4.9 until core's DisabledStateController (ADR 0038), which the choice module shares: all of
// core measured 33.15 kB.
const formControlShare = 5.05;
/**
 * The fields' shared look of @belfry/core (fieldStyles: label, hint, error, count, the box), in
 * kB: 0.85 alone, 1.15 added to all of core (gzip does not add up). Only fields that use it pull
 * it in, so it is not part of `coreShare` either.
 */
const fieldStylesShare = 1.15;
/**
 * Core's choice module (checkboxes and radio groups, docs/decisions/0016), in kB: only they pull
 * it in, so it is part of no other budget. 3.2 until it held the styles that checkboxes and
 * radios share (choice.styles.ts), which moved into core from the components (0.42 kB), plus
 * the 0.15 kB of room core's budget keeps.
 */
const choiceShare = 3.75;
/**
 * Core's link phrases (link-info.ts: new tab, external website, file type and size), in kB: what
 * they add to all of core (the number formatting they use is already there). Only links pull
 * them in; a link button takes the new-tab phrase alone (about 0.2 kB).
 */
// Measured 1.28 kB (all of core 20.99 -> 22.27 kB), so core keeps its room.
const linkInfoShare = 1.3;
/**
 * Core's form answers (readAnswers, applyAnswers: a form's answers by name and back, for
 * bf-draft), in kB: 0.92 added to all of core. Only bf-draft pulls it in.
 */
const formAnswersShare = 1.05;
/**
 * Core's disclosure and modal helpers (DisclosureController, scroll lock, focus return, the Tab
 * wrap of a modal, the modal registry the announcer follows), in kB: 1.0 added to all of core.
 * Only the accordion and the dialog pull them in.
 */
// 1.05 until the session memory of opened disclosures (the `remember` option, ADR 0027).
// 2.3 since the "Show all" controller, its styles and the disclosure button's styles moved in
// from the accordion, the step-by-step and the help (ADR 0034): all of core measured 33.0 kB.
const disclosureShare = 2.3;
/**
 * Core's opening hours (parser, Belgian public holidays, Brussels time through Intl, the live
 * controller and its words in four languages, docs/decisions/0029), in kB: 4.39 added to all of
 * core. Only bf-alternative-channels and bf-help pull them in.
 */
const openingHoursShare = 4.45;
/**
 * Core's copyText (the clipboard with its fallback and its two phrases in four languages) and
 * the structured-reference formatting, in kB: all of core measured 26.39 with them, 0.24 over
 * its budget's room. Only the e-Box message view pulls them in.
 */
const clipboardShare = 0.3;

/**
 * Core's AppearanceController and moveFocusFrom (alerts and spinners that appear, a dismissed
 * alert's focus), in kB: only they pull it in, so it is part of no other budget.
 */
// 0.6 measured alone; with core's whenRestored from main, all of core was 0.17 kB over.
const appearanceShare = 0.8;
/** What `@belfry/components/presets` adds to a text field, in kB (measured 5.35). */
const presetsShare = 5.4;
/**
 * What `@belfry/components/known-values` adds to a text field, in kB (measured 1.63, its styles
 * included).
 */
const knownValuesShare = 1.65;

const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
// The root tsconfig.json maps @belfry/* to TypeScript sources for the workspace's tools, and
// esbuild would follow it: measure the built packages, as users get them.
const builtPackages = (config) => ({ ...config, tsconfigRaw: '{}' });

const src = join(__dirname, 'packages/components/src');
// A component is a folder whose index.ts registers an element (other entries hold no element).
const registers = (name) => {
  const index = join(src, name, 'index.ts');
  return existsSync(index) && /\.define\(/.test(readFileSync(index, 'utf8'));
};
const components = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && registers(entry.name))
  .map((entry) => entry.name)
  .sort();
const budgetOf = (name) => ownBudgets[name] ?? defaultBudget;
const kB = (value) => `${Math.round(value * 100) / 100} kB`;
// belfry.js holds Lit, all of core and every component once. Adding up the component budgets
// no longer estimates it: each field's budget holds the same 8 kB of form core, which the bundle
// holds once. So it has a budget of its own: measured 44.75 kB with the form system, 45.06 kB
// with the registries of docs/decisions/0024; the alert, tag and spinner added 3.5 kB (48.55 kB
// measured), plus room.
// The language switcher, header and footer (issue 9) added 5.9 kB: 54.43 kB measured; bf-link,
// bf-skip-link, core's link phrases and the button's states about 3.6 kB more (57.83 kB
// measured); bf-draft with core's form answers 3.7 kB; the accordion and the dialog with core's
// modal helpers about 4 kB; the breadcrumbs and pagination about 1.8 kB. All of issue 9 and bf-draft: 67.54 kB measured, plus room.
// Issues 10-12 added eight elements, the e-Box model, core's opening hours and the clipboard:
// 104.3 kB measured (the stepper and the step-by-step about 4 kB, the e-Box list and message
// about 14 kB, the alternative channels about 8 kB, the help about 9 kB). A page seldom needs
// all of Belfry: each entry above is what a page that imports one element downloads.
const everything = 105;

module.exports = [
  ...components.map((name) => ({
    name: `import '@belfry/components/${name}' (Lit excluded)`,
    path: `packages/components/dist/${name}/index.js`,
    ignore: lit,
    limit: kB(budgetOf(name)),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  })),
  {
    // What a component that shows one icon pulls in: the element and that icon, not the set.
    name: 'BfIcon with one icon, as a component uses it (Lit excluded)',
    path: ['packages/components/dist/icon/icon.js', 'packages/components/dist/icon/icons.js'],
    import: {
      'packages/components/dist/icon/icon.js': '{ BfIcon }',
      'packages/components/dist/icon/icons.js': '{ infoIcon }',
    },
    ignore: lit,
    limit: '2.6 kB',
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    name: 'the built-in icon set alone (30 icons, as data)',
    path: 'packages/components/dist/icon/icons.js',
    limit: '1 kB',
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    name: '@belfry/core, all of it (Lit excluded)',
    path: 'packages/core/dist/index.js',
    ignore: lit,
    limit: kB(
      coreShare +
        validatorsShare +
        formControlShare +
        fieldStylesShare +
        choiceShare +
        fieldsShare +
        appearanceShare +
        linkInfoShare +
        formAnswersShare +
        disclosureShare +
        openingHoursShare +
        clipboardShare,
    ),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // The figure a page with only a button downloads. Target (issue 6): 9 kB.
    name: "import '@belfry/components/button' (Lit included)",
    path: 'packages/components/dist/button/index.js',
    limit: kB(litShare + budgetOf('button')),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // Every validator, the typing helper and the messages in four languages, alone: with the
    // localization of core they need, which a field has anyway (about 0.35 kB).
    name: 'the Belgian validators, presets and messages (Lit excluded)',
    path: 'packages/core/dist/index.js',
    import: {
      'packages/core/dist/index.js':
        '{ validatorPresets, validationMessage, validatorStrings, formatInputWhileTyping }',
    },
    ignore: lit,
    limit: kB(validatorsShare + 0.5),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // The issue-8 figure: a page with one text field and nothing else of Belfry. Target: 11 kB
    // (docs/performance.md says what it is made of).
    name: "import '@belfry/components/text-field' (Lit included)",
    path: 'packages/components/dist/text-field/index.js',
    limit: kB(litShare + budgetOf('text-field')),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // The Belgian presets (docs/decisions/0024), added to a page that has a text field: the
    // validators, grouping while typing and their messages in four languages. Measured +5.35 kB.
    name: "import '@belfry/components/presets', next to a text field (Lit excluded)",
    path: [
      'packages/components/dist/text-field/index.js',
      'packages/components/dist/presets/index.js',
    ],
    // Both registering imports, as a page writes them (two paths alone would be two bundles).
    import: {
      'packages/components/dist/text-field/index.js': '{}',
      'packages/components/dist/presets/index.js': '{}',
    },
    ignore: lit,
    limit: kB(budgetOf('text-field') + presetsShare),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // Known values with their source (docs/decisions/0024), added to a page that has a text
    // field. Measured +1.63 kB.
    name: "import '@belfry/components/known-values', next to a text field (Lit excluded)",
    path: [
      'packages/components/dist/text-field/index.js',
      'packages/components/dist/known-values/index.js',
    ],
    import: {
      'packages/components/dist/text-field/index.js': '{}',
      'packages/components/dist/known-values/index.js': '{}',
    },
    ignore: lit,
    limit: kB(budgetOf('text-field') + knownValuesShare),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // What bf-draft adds to a page that already has Belfry fields (so @belfry/core's element
    // base, localization and announcer), core's form-answers included. See `ownBudgets.draft`.
    name: "bf-draft's own code, on a page with Belfry fields (Lit and shared core excluded)",
    path: ['packages/components/dist/draft/index.js', 'packages/core/dist/form-answers.js'],
    ignore: [...lit, '@belfry/core'],
    limit: '5 kB',
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // Issue 10's figure for a page with a stepper: aim 10 kB with Lit, measured 11.24 kB.
    name: "import '@belfry/components/stepper' (Lit included)",
    path: 'packages/components/dist/stepper/index.js',
    limit: kB(litShare + budgetOf('stepper')),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    // Issue 10 aimed at 10 kB with Lit for the step-by-step; it measures 13.57 kB, as the
    // accordion it shares its core with measures 11.45 kB (docs/decisions/0027 says what the
    // rest is). This line keeps it from growing.
    name: "import '@belfry/components/step-by-step' (Lit included)",
    path: 'packages/components/dist/step-by-step/index.js',
    limit: kB(litShare + budgetOf('step-by-step')),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
  {
    name: 'belfry.js, every component (Lit included)',
    path: 'packages/components/dist/belfry.js',
    limit: kB(everything),
    gzip: true,
    modifyEsbuildConfig: builtPackages,
  },
];
