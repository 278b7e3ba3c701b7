// <bf-tag> against what a page would write without Belfry: a <span> with the status text (unstyled:
// a page would add a style sheet for it).
const variants = ['neutral', 'info', 'success', 'warning', 'error'];
const variantOf = (index) => variants[index % variants.length];

export default {
  name: 'bf-tag',
  native: '<span>',
  // No target: a shadow root costs several times a bare <span> (see the reference row); the
  // figure is tracked so that it does not grow.
  target: null,
  component: (index) => `<bf-tag variant="${variantOf(index)}">Status ${index}</bf-tag>`,
  plain: (index) => `<span class="tag tag--${variantOf(index)}">Status ${index}</span>`,
};
