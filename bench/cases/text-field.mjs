// <bf-text-field> against what a page would write without Belfry: a labelled native input with
// its hint, linked by ids.
export default {
  name: 'bf-text-field',
  native: '<label> + <input> + hint',
  target: 6,
  component: (index) =>
    `<bf-text-field label="Straat ${index}" hint="Zoals op uw identiteitskaart" name="street-${index}" required></bf-text-field>`,
  plain: (index) =>
    `<div class="field"><label for="street-${index}">Straat ${index}</label><p id="street-${index}-hint">Zoals op uw identiteitskaart</p><input id="street-${index}" name="street-${index}" required aria-describedby="street-${index}-hint"></div>`,
};
