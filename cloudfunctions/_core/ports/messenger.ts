import type { MessageKind } from '../../../shared/schemas/domain/message';

/** A reminder ready to go: who, which template, which page it opens, its fields by meaning. */
export interface OutboundMessage {
  /** The outbox id (deterministic: one message per id, ever). */
  id: string;
  kind: MessageKind;
  /** The recipient's WeChat openid (her binding). */
  openid: string;
  templateId: string;
  /** Mini-program page with query, e.g. `sign-in/mine/index`. */
  page: string;
  /** Template fields by meaning (title, time, place, note, count, deadline); the adapter maps them to the template's keys. */
  fields: Record<string, string>;
}

/** What delivering one message came to. `consentGone`: WeChat says the user has no consent left (the count is reset). */
export type Delivery = { delivered: true } | { delivered: false; error: string; consentGone: boolean };

/**
 * The messenger port (docs/reminders.md): delivers subscribe messages. The send
 * use-case has already written the outbox document and used one consent in a
 * transaction; the adapter only carries the message. Locally the outbox is the
 * mailbox (tests read it); on CloudBase the WeChat subscribe-message API.
 */
export interface Messenger {
  /** `local-outbox` or `wechat-subscribe`; stored on every outbox document. */
  readonly channel: string;
  /** The template id configured for a kind on this environment, or null (not configured: nothing can be sent). */
  templateId(kind: MessageKind): string | null;
  deliver(message: OutboundMessage): Promise<Delivery>;
}
