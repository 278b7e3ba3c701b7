// <bf-link> against what a page would write without Belfry: a plain <a>. Every fourth link opens
// a new tab, so the phrase, the icon and the page-wide observer are measured too.
export default {
  name: 'bf-link',
  native: '<a>',
  // As the button's: a shadow root per link is most of the cost (see the reference row).
  target: 5,
  component: (index) =>
    index % 4 === 0
      ? `<bf-link><a href="/page/${index}" target="_blank">Pagina ${index}</a></bf-link> `
      : `<bf-link><a href="/page/${index}">Pagina ${index}</a></bf-link> `,
  plain: (index) =>
    index % 4 === 0
      ? `<a href="/page/${index}" target="_blank" rel="noopener noreferrer">Pagina ${index}</a> `
      : `<a href="/page/${index}">Pagina ${index}</a> `,
};
