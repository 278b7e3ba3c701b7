// Types of ebox-mailbox.js (plain JavaScript, so that Node runs it without a build step).
import type { EboxMessage, EboxMessageType, EboxSender } from '@belfry/components';

/** The reference time of a mailbox when none is given. */
export declare const defaultNow: string;

/** A seeded generator of numbers in [0, 1): the same seed gives the same numbers. */
export declare function seededRandom(seed: number): () => number;

/** A valid Belgian IBAN (electronic form) from a three-digit bank code and seven digits. */
export declare function belgianIban(bank: string, account: string): string;

/** A valid structured reference (`+++123/4567/89002+++`) from ten digits. */
export declare function structuredReference(tenDigits: string): string;

/** The organisations that write to the generated mailbox (`weight` and `account` are the generator's). */
export declare const senders: readonly (EboxSender & {
  readonly weight: number;
  readonly account?: string;
})[];

/** The kinds of message in the generated mailbox. */
export declare const messageTypes: readonly EboxMessageType[];

/** Ids of the hostile records (off the model on purpose). */
export declare const hostileIds: Readonly<{
  html: 'hostile-html';
  longWord: 'hostile-long-word';
  noDate: 'hostile-no-date';
  unknownLanguage: 'hostile-unknown-language';
  noSender: 'hostile-no-sender';
}>;

/** The 200-character word of the `longWord` record. */
export declare const longWord: string;

export interface MailboxOptions {
  /** How many messages: 10,000 by default. */
  count?: number;
  seed?: number;
  /** The moment the mailbox is seen; `defaultNow` by default. */
  now?: string | number | Date;
  /** Whether the hostile records are mixed in (true by default). */
  hostile?: boolean;
}

/**
 * A mailbox of `count` messages, newest first (the one without a date last). The hostile records
 * do not follow the `EboxMessage` type: that is their point.
 */
export declare function generateMailbox(options?: MailboxOptions): EboxMessage[];

/** The mailbox summary: how many messages, how many unread, the last receipt date. */
export declare function mailboxSummary(messages: readonly EboxMessage[]): {
  total: number;
  unread: number;
  lastReceivedAt: string | null;
};
