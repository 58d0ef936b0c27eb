import { collections } from '../../../../shared/schemas/domain/collections';
import {
  consentId, MAX_CONSENTS, type MessageConsentDoc, type MessageKind, type OutboxDoc,
} from '../../../../shared/schemas/domain/message';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { Deps } from '../../deps';
import { messengerOf } from './messenger-of';

/** A reminder to send: everything but the template and the channel, which the messenger knows. */
export interface MessageDraft {
  /** Deterministic outbox id: the same reminder for the same person is written once, ever. */
  id: string;
  kind: MessageKind;
  person: Pick<PersonDoc, '_id' | 'countyId' | 'boundOpenid' | 'active'>;
  page: string;
  fields: Record<string, string>;
  text: string;
}

/** What a batch came to. */
export interface SendTally { sent: number; failed: number; noConsent: number; already: number; notConfigured: number }

export const emptyTally = (): SendTally => ({ sent: 0, failed: 0, noConsent: 0, already: 0, notConfigured: 0 });

/** Adds `b` into `a`. */
export function addTally(a: SendTally, b: SendTally): SendTally {
  return { sent: a.sent + b.sent, failed: a.failed + b.failed, noConsent: a.noConsent + b.noConsent, already: a.already + b.already, notConfigured: a.notConfigured + b.notConfigured };
}

type Claimed = 'queued' | 'already' | 'no-consent';

/** In one transaction: the outbox id is free and a consent is left → use it and write the message. */
async function claim(deps: Deps, draft: MessageDraft, templateId: string, channel: string, now: string): Promise<Claimed> {
  return deps.store.transaction(async (tx) => {
    if (await tx.get(collections.outbox, draft.id)) return 'already';
    const cid = consentId(draft.person._id, draft.kind);
    const consent = await tx.get<MessageConsentDoc>(collections.messageConsents, cid);
    if (!consent || consent.remaining < 1 || consent.templateId !== templateId) return 'no-consent';
    await tx.update(collections.messageConsents, cid, { remaining: consent.remaining - 1, updatedAt: now });
    const doc: OutboxDoc = {
      _id: draft.id, kind: draft.kind, personId: draft.person._id, countyId: draft.person.countyId, templateId,
      page: draft.page, fields: draft.fields, text: draft.text, status: 'queued', channel, createdAt: now, sentAt: null, error: null,
    };
    await tx.set(collections.outbox, doc);
    return 'queued';
  });
}

/** A failed send gives the consent back, unless WeChat says there is none (then the count is cleared). */
async function settleFailure(deps: Deps, draft: MessageDraft, consentGone: boolean, now: string): Promise<void> {
  const cid = consentId(draft.person._id, draft.kind);
  await deps.store.transaction(async (tx) => {
    const consent = await tx.get<MessageConsentDoc>(collections.messageConsents, cid);
    if (!consent) return;
    await tx.update(collections.messageConsents, cid, { remaining: consentGone ? 0 : Math.min(MAX_CONSENTS, consent.remaining + 1), updatedAt: now });
  });
}

/**
 * Sends reminders within WeChat's rule of one message per consent: each draft whose
 * id is new and whose person has a consent of its kind left uses one and is written
 * to the outbox in the same transaction, then delivered through the Messenger port.
 * A person without a consent gets nothing (and nothing is written). Sequential on
 * purpose: a daily run sends tens of messages, not thousands.
 */
export async function sendMessages(deps: Deps, drafts: readonly MessageDraft[]): Promise<SendTally> {
  const messenger = messengerOf(deps);
  const tally = emptyTally();
  for (const draft of drafts) {
    const templateId = messenger.templateId(draft.kind);
    if (!templateId) { tally.notConfigured += 1; continue; }
    const openid = draft.person.boundOpenid;
    if (!openid || !draft.person.active) { tally.noConsent += 1; continue; }
    const now = deps.clock();
    const claimed = await claim(deps, draft, templateId, messenger.channel, now);
    if (claimed === 'already') { tally.already += 1; continue; }
    if (claimed === 'no-consent') { tally.noConsent += 1; continue; }
    const delivery = await messenger.deliver({ id: draft.id, kind: draft.kind, openid, templateId, page: draft.page, fields: draft.fields });
    if (delivery.delivered) {
      await deps.store.update(collections.outbox, draft.id, { status: 'sent', sentAt: deps.clock() });
      tally.sent += 1;
    } else {
      await deps.store.update(collections.outbox, draft.id, { status: 'failed', error: delivery.error.slice(0, 300) });
      await settleFailure(deps, draft, delivery.consentGone, deps.clock());
      tally.failed += 1;
    }
  }
  return tally;
}

/** People of a county holding at least one consent of `kind` (the only ones worth drafting for). */
export async function consentHolders(deps: Deps, countyId: string, kind: MessageKind): Promise<Set<string>> {
  const rows = await deps.store.find<MessageConsentDoc>(collections.messageConsents, { countyId, kind, remaining: { gt: 0 } });
  return new Set(rows.map((r) => r.personId));
}
