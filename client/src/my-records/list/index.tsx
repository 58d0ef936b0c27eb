import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { recentYears } from '@shared/time/beijing-time';
import { Screen } from '@/components/screen';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { useWhoami } from '@/hooks/use-whoami';
import { RecordList, detailUrl, outboxOf, useLocalPending, useRecordList, type RecordQuery } from '@/features/my-records';
import { listOutbox, removeOutbox, subscribeOutbox } from '@/services/outbox';
import { retryOutboxItem, startOutboxSync } from '@/services/outbox-sync';

// This year and the two before: the years a teacher still asks about (全部年度 covers the rest).
const years = recentYears(3);

/** The 登记证书 outbox (services/outbox.ts), read, watched, retried and deleted from as it is. */
const outbox = {
  list: listOutbox, subscribe: (listener: () => void) => subscribeOutbox(() => listener()), retry: retryOutboxItem, remove: removeOutbox,
};

/** 我的记录: her records with status chips, filtered by year and status, newest first. */
export default function MyRecordsPage() {
  const [query, setQuery] = useState<RecordQuery>({ year: null, statuses: null });
  const list = useRecordList(query);
  const who = useWhoami();
  const personId = who.state.status === 'success' && who.state.data.bound ? who.state.data.person.id : null;
  // Only her own queued submits (the phone may be shared).
  const source = useMemo(() => outboxOf(personId, outbox), [personId]);
  const localPending = useLocalPending(source);
  // Opened without passing 首页 (a shared link, a restored page): her queue is still hers to send.
  useEffect(() => { if (personId) startOutboxSync(personId); }, [personId]);
  // Back from a record she withdrew or resubmitted: show it as it is now.
  useReloadOnShow(list.reload);
  return (
    <Screen>
      <RecordList
        state={list.state}
        query={query}
        years={years}
        localPending={localPending}
        onQuery={setQuery}
        onOpen={(id) => void Taro.navigateTo({ url: detailUrl(id) })}
        onRetry={() => void list.reload()}
        onMore={() => void list.loadMore()}
        // Sent: it is a record on the server now, so the list below shows it.
        onRetryLocal={(id) => void source.retry(id).then((sent) => { if (sent) void list.reload(); })}
        onRemoveLocal={(id) => source.remove(id)}
        onNew={() => void Taro.navigateTo({ url: '/record-entry/submit/index' })}
      />
    </Screen>
  );
}
