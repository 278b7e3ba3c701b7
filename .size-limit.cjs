// Size budgets, min+gzip, Lit included (what a page that imports the entry really downloads).
// One entry per component and one for the whole bundle; `npm run size` fails when exceeded.
// Lit alone is about 5.9 kB; see docs/performance.md for the measurements and the target.
module.exports = [
  {
    name: 'bf-button (import "@belfry/components/button", Lit included)',
    path: 'packages/components/dist/button/index.js',
    limit: '12 kB',
    gzip: true,
  },
  {
    name: 'belfry.js (every component, Lit included)',
    path: 'packages/components/dist/belfry.js',
    limit: '12 kB',
    gzip: true,
  },
];
