import type { Deps } from '../../deps';
import { expectedTeachers, type SessionFacts } from '../registers/session-facts';
import { chinaTime } from '../support/time';
import { consentHolders, sendMessages, type MessageDraft, type SendTally } from './send-messages';

/**
 * 新培训通知: after `training.create`, each expected teacher who opted in hears of the
 * session (title, Beijing time, place, 学时). One message per session and teacher
 * (`session:<sessionId>:<teacherId>`), so a retried create sends nothing twice.
 * Only consent holders are looked at: a 500-teacher session with three subscribers
 * drafts three messages. Never throws: a failure is logged and the session stands.
 */
export async function notifySessionCreated(deps: Deps, session: SessionFacts): Promise<SendTally | null> {
  try {
    const holders = await consentHolders(deps, session.countyId, 'new-session');
    if (holders.size === 0) return null;
    const expected = (await expectedTeachers(deps, session)).filter((p) => holders.has(p._id) && p._id !== session.organiserId);
    const when = `${chinaTime(session.startsAt, 'YYYY年MM月DD日 HH:mm')}—${chinaTime(session.endsAt, 'HH:mm')}`;
    const drafts: MessageDraft[] = expected.map((person) => ({
      id: `session:${session._id}:${person._id}`,
      kind: 'new-session',
      person,
      page: 'sign-in/mine/index',
      fields: { title: session.template.title, time: chinaTime(session.startsAt, 'YYYY年MM月DD日 HH:mm'), place: session.place, note: `计 ${session.hours} 学时，到场扫码签到` },
      text: `${person.name}老师：您需参加「${session.template.title}」，${when}，地点 ${session.place}，计 ${session.hours} 学时。请到场后打开小程序扫码签到。`,
    }));
    return await sendMessages(deps, drafts);
  } catch (err) {
    (deps.log ?? console.error)('new-session reminders failed', err);
    return null;
  }
}
