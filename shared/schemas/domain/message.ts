import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/**
 * Subscribe-message reminders (docs/reminders.md). WeChat allows one message per
 * consent: every time a user accepts a template in `wx.requestSubscribeMessage`
 * the server may send her one message of it. So consents are a count, and every
 * message sent uses one.
 */
export const messageKinds = ['new-session', 'gap', 'queue'] as const;
export type MessageKind = (typeof messageKinds)[number];
export const messageKindSchema = z.enum(messageKinds, { message: '提醒类型不在可选范围内' });

/** What each reminder is called where the user opts in. */
export const messageKindLabels: Readonly<Record<MessageKind, string>> = {
  'new-session': '新培训通知',
  gap: '学分差额提醒',
  queue: '待审核提醒',
};

/** Most consents kept per person and kind (WeChat itself accumulates them; this only bounds the count). */
export const MAX_CONSENTS = 100;

/** `message_consents` id: one document per person and kind. */
export const consentId = (personId: string, kind: MessageKind): string => `${personId}:${kind}`;

/** How many messages of one kind a person has agreed to receive (each send uses one). */
export const messageConsentDocSchema = z.object({
  _id: docIdSchema,
  personId: docIdSchema,
  countyId: docIdSchema,
  kind: messageKindSchema,
  /** The template the consent was given for (a template change makes old consents useless on WeChat's side). */
  templateId: z.string().min(1).max(128),
  remaining: z.number().int().min(0).max(MAX_CONSENTS),
  /** Consents given in total (only grows). */
  granted: z.number().int().min(0),
  updatedAt: isoDateTimeSchema,
});
export type MessageConsentDoc = z.infer<typeof messageConsentDocSchema>;

export const outboxStatuses = ['queued', 'sent', 'failed'] as const;

/**
 * One reminder, kept for good. The id is deterministic (kind, subject, person and,
 * for daily reminders, the day or stage), so a timer run that repeats, or two that
 * race, write one message. Locally the outbox is the mailbox (the tests read it);
 * on CloudBase `status` and `error` record what WeChat answered.
 */
export const outboxDocSchema = z.object({
  _id: docIdSchema,
  kind: messageKindSchema,
  personId: docIdSchema,
  countyId: docIdSchema,
  templateId: z.string(),
  /** Mini-program page the message opens (with its query). */
  page: z.string(),
  /** The template fields by meaning (title, time, place, note, …), at most 20 characters where WeChat says so. */
  fields: z.record(z.string(), z.string()),
  /** The whole message as one Chinese sentence (what the local outbox shows). */
  text: z.string(),
  status: z.enum(outboxStatuses),
  channel: z.string(),
  createdAt: isoDateTimeSchema,
  sentAt: isoDateTimeSchema.nullable(),
  /** WeChat's errcode and message when sending failed. */
  error: z.string().nullable(),
});
export type OutboxDoc = z.infer<typeof outboxDocSchema>;
