// The React 19 app of the e-Box test: a mailbox kept in React state and given to bf-ebox-list as
// its `messages` property (an array, never an attribute); `bf-ebox-open`, received through the
// `onbf-ebox-open` prop, marks the message read in that state and records it for the test.
import '@belfry/components/ebox-list';
import type {} from '@belfry/components/jsx';
import type { EboxMessage, EboxOpenDetail } from '@belfry/components';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { generateMailbox } from '../../helpers/ebox-mailbox.js';

function Inbox() {
  const [messages, setMessages] = useState<EboxMessage[]>(() => generateMailbox({ count: 60 }));
  const [opened, setOpened] = useState<string[]>([]);
  const onOpen = useCallback((event: CustomEvent<EboxOpenDetail>) => {
    const { id } = event.detail;
    setOpened((list) => [...list, id]);
    // A new array with a new object for the changed message: the list treats them as immutable.
    setMessages((list) =>
      list.map((message) => (message.id === id ? { ...message, read: true } : message)),
    );
  }, []);
  const unread = messages.filter((message) => !message.read).length;
  return (
    <main>
      <h1>Mijn e-Box</h1>
      <bf-ebox-list messages={messages} onbf-ebox-open={onOpen}></bf-ebox-list>
      <p>
        Geopend: <output id="opened">{opened.join(' ')}</output>
      </p>
      <p>
        Ongelezen volgens React: <output id="unread">{unread}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Inbox />
  </StrictMode>,
);
