import { collections } from '../../../../shared/schemas/domain/collections';
import {
  consentId, MAX_CONSENTS, messageKindLabels, type MessageConsentDoc, type MessageKind,
} from '../../../../shared/schemas/domain/message';
import type { SubscriptionsData } from '../../../../shared/schemas/api/identity';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { messengerOf } from './messenger-of';

/** The kinds that concern the caller: teachers hear of sessions and gaps, reviewers of their queue. */
export function kindsFor(caller: Caller): MessageKind[] {
  const teaches = caller.roles.some((r) => r.role === 'teacher');
  const reviews = caller.viewer.reviewerSchoolIds.length > 0 || caller.viewer.adminCountyIds.length > 0;
  return [...(teaches ? (['new-session', 'gap'] as const) : []), ...(reviews ? (['queue'] as const) : [])];
}

/** identity.subscriptions: each kind that concerns the caller, its template id here and the consents left. */
export async function listSubscriptions(deps: Deps, caller: Caller): Promise<SubscriptionsData> {
  const messenger = messengerOf(deps);
  const kinds = kindsFor(caller);
  const docs = await Promise.all(kinds.map((k) => deps.store.get<MessageConsentDoc>(collections.messageConsents, consentId(caller.person._id, k))));
  return {
    subscriptions: kinds.map((kind, i) => {
      const templateId = messenger.templateId(kind);
      const doc = docs[i];
      // Consents given for another template are worth nothing on WeChat's side.
      return { kind, label: messageKindLabels[kind], templateId, remaining: doc && doc.templateId === templateId ? doc.remaining : 0 };
    }),
  };
}

/**
 * identity.subscribe: one consent per accepted kind (WeChat: one message per consent).
 * A kind that does not concern the caller → FORBIDDEN; a kind without a template on
 * this environment → INVALID_INPUT. All checked before anything is written.
 */
export async function subscribe(deps: Deps, caller: Caller, kinds: readonly MessageKind[]): Promise<SubscriptionsData> {
  const messenger = messengerOf(deps);
  const allowed = kindsFor(caller);
  const wanted = [...new Set(kinds)];
  for (const kind of wanted) {
    if (!allowed.includes(kind)) {
      throw new AppError('FORBIDDEN', kind === 'queue' ? '只有学校审核人或县级管理员可以订阅待审核提醒' : '只有在册教师可以订阅培训和学分提醒');
    }
    if (!messenger.templateId(kind)) throw new AppError('INVALID_INPUT', `「${messageKindLabels[kind]}」暂未开通`);
  }
  const now = deps.clock();
  await deps.store.transaction(async (tx) => {
    for (const kind of wanted) {
      const templateId = messenger.templateId(kind) as string;
      const id = consentId(caller.person._id, kind);
      const old = await tx.get<MessageConsentDoc>(collections.messageConsents, id);
      const kept = old && old.templateId === templateId ? old.remaining : 0;
      const doc: MessageConsentDoc = {
        _id: id, personId: caller.person._id, countyId: caller.person.countyId, kind, templateId,
        remaining: Math.min(MAX_CONSENTS, kept + 1), granted: (old?.granted ?? 0) + 1, updatedAt: now,
      };
      await tx.set(collections.messageConsents, doc);
    }
  });
  return listSubscriptions(deps, caller);
}
