// <bf-alert> against what a page would write without Belfry: the same message as plain HTML, a
// box with its icon as an inline <svg>, a heading with the kind in hidden text, and the message.
// The four kinds in turn, as on a page of e-Box notices. The plain HTML gets no styles at all (a
// page would add a style sheet for it), so the comparison is the strict one.
const kinds = [
  ['info', 'Informatie', ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M12 11v6', 'M12 7.5h.01']],
  ['success', 'Gelukt', ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M8 12.5l2.75 2.75L16 10']],
  ['warning', 'Waarschuwing', ['M12 3.5 2.5 20.5h19z', 'M12 10v4.5', 'M12 17.5h.01']],
  [
    'error',
    'Fout',
    ['M8.25 3h7.5L21 8.25v7.5L15.75 21h-7.5L3 15.75v-7.5z', 'M12 7.5v5.5', 'M12 16.5h.01'],
  ],
];
const kindOf = (index) => kinds[index % kinds.length];

export default {
  name: 'bf-alert',
  native: '<div> + <svg> + <h2> + <p>',
  target: 2.5,
  // Inserted by a script, as a single-page app renders a view: the errors and successes among
  // them are announced (the announcer reads messages sent together as one), as the default asks.
  component: (index) =>
    `<bf-alert variant="${kindOf(index)[0]}" heading="Bericht ${index}"><p>Uw aangifte is ontvangen op 3 juni.</p></bf-alert>`,
  plain: (index) => {
    const [kind, word, paths] = kindOf(index);
    return `<div class="alert alert--${kind}"><svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths
      .map((d) => `<path d="${d}"></path>`)
      .join(
        '',
      )}</svg><div><h2><span class="visually-hidden">${word}: </span>Bericht ${index}</h2><p>Uw aangifte is ontvangen op 3 juni.</p></div></div>`;
  },
};
