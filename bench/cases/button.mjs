// <bf-button> against what a page would write without Belfry: a native <button>.
export default {
  name: 'bf-button',
  native: '<button>',
  target: 5,
  component: (index) => `<bf-button>Versturen ${index}</bf-button>`,
  plain: (index) => `<button type="button">Versturen ${index}</button>`,
};
