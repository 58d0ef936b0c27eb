import { useCallback, useMemo, useState } from 'react';
import { beijingToday, beijingYear } from '@shared/time/beijing-time';
import { useRemote } from '@/hooks/use-remote';
import { useWhoami } from '@/hooks/use-whoami';
import { fetchSchoolScope } from '@/services/school-scope';
import { formPlanOf } from '@/services/form-plan';
import { createSession, fetchPolicy, type SessionRow } from '../api/training';
import { beijingInstant, emptyDraft, sessionFacts, type DraftKey, type Organiser, type SessionDraft } from '../model/session-draft';

/** 新建培训: whoami (school reviewer → 校本研修; county admin → county training), policy, schools, the draft. */
export function useSessionCreate(onCreated: (s: SessionRow) => void) {
  const who = useWhoami();
  const policy = useRemote(() => fetchPolicy(beijingYear()));
  const schools = useRemote(fetchSchoolScope);
  const organiser: Organiser | null = useMemo(() => {
    if (who.state.status !== 'success' || !who.state.data.bound) return null;
    const roles = who.state.data.roles.map((r) => r.role);
    const p = who.state.data.person;
    if (roles.includes('county-admin')) return { scope: 'county', schoolName: null, countyName: p.countyName };
    if (roles.includes('principal') || roles.includes('credit-officer')) return { scope: 'school', schoolName: p.schoolName, countyName: p.countyName };
    return null;
  }, [who.state]);
  const [draft, setDraft] = useState<SessionDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<DraftKey, string>>>({});
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const current = draft ?? (organiser ? emptyDraft(organiser, beijingToday()) : null);
  const setField = useCallback(<K extends DraftKey>(name: K, value: SessionDraft[K]) => {
    setDraft((d) => ({ ...(d ?? (organiser ? emptyDraft(organiser, beijingToday()) : ({} as SessionDraft))), [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  }, [organiser]);
  const plan = policy.state.status === 'success' ? formPlanOf(policy.state.data) : null;
  const submit = useCallback(async () => {
    if (!current || !plan || !organiser) return;
    const facts = sessionFacts(current, plan, organiser);
    if (!facts.ok) { setErrors(facts.errors); setSendError('还有没填好的地方，请看红字。'); return; }
    setBusy(true);
    setSendError(null);
    const res = await createSession(facts.value, beijingInstant);
    setBusy(false);
    if (res.ok) onCreated(res.data.session);
    else setSendError(res.error.message);
  }, [current, plan, organiser, onCreated]);
  return {
    who: who.state, reloadWho: who.reload, policy: policy.state, reloadPolicy: policy.reload,
    schools: schools.state.status === 'success' ? schools.state.data.schools : [],
    organiser, plan, draft: current, setField, errors, busy, sendError, submit,
  };
}
