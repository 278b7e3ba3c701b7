// <bf-icon> against what a page would write without Belfry: the same drawing as an inline <svg>,
// hidden from screen readers. Six different icons in turn, as on an e-Box page.
const drawings = {
  info: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M12 11v6', 'M12 7.5h.01'],
  download: ['M12 3.5v11', 'M7 10l5 5 5-5', 'M4 15.5v4h16v-4'],
  'chevron-right': ['M9 6l6 6-6 6'],
  document: ['M14 3H5.5v18h13V7.5z', 'M13.5 3.5v4.5h4.5', 'M9 13h6', 'M9 16.5h6'],
  mail: ['M3 5.5h18v13H3z', 'M3.5 6.5 12 13l8.5-6.5'],
  calendar: ['M3.5 5.5h17v15h-17z', 'M3.5 10h17', 'M8 3v4.5', 'M16 3v4.5'],
};
const names = Object.keys(drawings);
const nameOf = (index) => names[index % names.length];

export default {
  name: 'bf-icon',
  native: 'inline <svg>',
  target: 3,
  component: (index) => `<bf-icon name="${nameOf(index)}"></bf-icon>`,
  plain: (index) =>
    `<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${drawings[
      nameOf(index)
    ]
      .map((d) => `<path d="${d}"></path>`)
      .join('')}</svg>`,
};
