// <bf-ebox-list> given 1,000 messages (the benchmark's count) against the same list as plain HTML
// a page would send from its server: the summary, the search and filter form, the result count,
// the selection bar and one <li> per message with its checkbox, unread and registered-mail
// marks, sender, subject button, received date, expiry, attachments and payment, the texts
// already formatted. The list runs in server mode with the whole batch as its page, so that it
// renders every row (in use it shows 25 to 100 at a time): what is measured is the cost of a
// row. The plain HTML gets no styles (a page would add a style sheet), so the comparison is the
// strict one. The mailbox is test/helpers/ebox-mailbox.js, the same every time.
import { generateMailbox } from '../../test/helpers/ebox-mailbox.js';

export default {
  name: 'bf-ebox-list',
  native: '<form> + <ul> of <li> rows',
  target: 3,
  data: (count) => generateMailbox({ count }),
  // Runs in the page: builds the plain HTML once (outside the measured time, as a server would)
  // and the two renderers.
  setup: (messages) => {
    const escape = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
    const date = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long' });
    const money = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
    const number = new Intl.NumberFormat('nl-BE');
    const pick = (text) =>
      text?.nl ?? text?.fr ?? text?.de ?? Object.values(text ?? {}).find(Boolean) ?? '';
    const day = (value) => {
      const time = Date.parse(value ?? '');
      return Number.isNaN(time) ? '' : date.format(time);
    };
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    const expiry = (value) => {
      const time = Date.parse(value ?? '');
      if (Number.isNaN(time)) return '';
      const days = Math.round((new Date(time).setHours(0, 0, 0, 0) - today.getTime()) / 86_400_000);
      if (time < Date.now()) return '<li class="urgent">Vervallen</li>';
      if (days === 0) return '<li class="urgent">Vervalt vandaag</li>';
      if (days <= 31) {
        return `<li${days <= 7 ? ' class="urgent"' : ''}>Vervalt over ${days} ${days === 1 ? 'dag' : 'dagen'}</li>`;
      }
      return `<li>Vervalt op ${date.format(time)}</li>`;
    };
    const rows = messages
      .map((message, index) => {
        const subject = escape(pick(message.subject) || 'Geen onderwerp');
        const sender = escape(pick(message.sender?.name) || 'Onbekende afzender');
        const received = day(message.receivedAt);
        const attachments = message.attachments?.length ?? 0;
        const payment = message.payment
          ? `<li>Te betalen: ${money.format(message.payment.amount)} vóór ${day(message.payment.dueDate)}</li>`
          : '';
        return `<li class="message${message.read ? '' : ' message--unread'}"><div class="check"><input id="select-${index}" type="checkbox" value="${escape(message.id)}"><label for="select-${index}"><span class="visually-hidden">Selecteren: ${subject}</span></label></div><div class="content"><p class="sender">${message.read ? '' : '<span class="unread">Ongelezen</span>'}${message.registeredMail ? '<span class="tag">Aangetekend</span>' : ''}<span>${sender}</span></p><p class="subject"><button type="button" data-id="${escape(message.id)}"><span>${subject}</span></button></p><ul class="facts"><li>${received ? `Ontvangen op ${received}` : 'Ontvangstdatum onbekend'}</li>${expiry(message.expiresAt)}${attachments ? `<li>${attachments} ${attachments === 1 ? 'bijlage' : 'bijlagen'}</li>` : ''}${payment}</ul></div></li>`;
      })
      .join('');
    const unread = messages.filter((message) => !message.read).length;
    const total = number.format(messages.length);
    const select = (id, label, options) =>
      `<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${id}">${options.map((option) => `<option>${option}</option>`).join('')}</select></div>`;
    const plain = `<div class="ebox"><p class="summary">${unread} ongelezen berichten van ${total}</p><form role="search" aria-label="Berichten zoeken en filteren"><div class="field"><label for="search">Zoeken in onderwerp en afzender</label><input id="search" type="search" name="search"></div>${select('read', 'Gelezen of ongelezen', ['Alle berichten', 'Alleen ongelezen', 'Alleen gelezen'])}${select('order', 'Sorteren', ['Nieuwste eerst', 'Oudste eerst', 'Eerst vervallend eerst', 'Laatst vervallend eerst'])}<details><summary>Meer filters</summary>${select('sender', 'Afzender', ['Alle afzenders'])}${select('type', 'Soort bericht', ['Alle soorten'])}<fieldset><legend>Ontvangen tussen</legend><label for="from">Van</label><input id="from" type="date"><label for="to">Tot en met</label><input id="to" type="date"></fieldset><input id="registered" type="checkbox"><label for="registered">Alleen aangetekende zendingen</label></details></form><p class="results">${total} berichten gevonden</p><div role="group" aria-label="Geselecteerde berichten"><input id="select-page" type="checkbox"><label for="select-page">Alle berichten op deze pagina selecteren</label><p>0 berichten geselecteerd</p><button type="button">Markeren als gelezen</button><button type="button">Markeren als ongelezen</button><button type="button">Archiveren</button></div><ul class="list" aria-label="Berichten">${rows}</ul></div>`;

    let checked = false;
    window.benchRender = {
      component: async (stage) => {
        const list = document.createElement('bf-ebox-list');
        list.messages = messages;
        list.total = messages.length;
        list.page = 1;
        stage.append(list);
        await list.updateComplete;
        // The elements the list renders (its tags, its pagination) update on their own.
        const inner = list.shadowRoot.querySelectorAll('*');
        await Promise.all(Array.from(inner, (element) => element.updateComplete).filter(Boolean));
        // Once: the list must have rendered every row, or the comparison means nothing.
        if (!checked) {
          const rendered = list.shadowRoot.querySelectorAll('[part~="message"]').length;
          if (rendered !== messages.length) {
            throw new Error(`bf-ebox-list rendered ${rendered} of ${messages.length} messages`);
          }
          checked = true;
        }
      },
      plain: (stage) => {
        stage.innerHTML = plain;
      },
    };
  },
};
