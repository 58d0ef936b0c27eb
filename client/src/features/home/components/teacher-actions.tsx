import { useEffect, useState } from 'react';
import { homeText } from '@shared/home-view/home-text';
import { Button, Text, View } from '@tarojs/components';
import { listOutbox, subscribeOutbox, type OutboxItem } from '@/services/outbox';
import { startOutboxSync } from '@/services/outbox-sync';
import { MY_RECORDS_URL, RECORD_ENTRY_URL, openPage } from '@/services/navigation';


/**
 * 首页 for a signed-in teacher: the one big 「登记证书」 button, 「我的记录」 one tap away,
 * and what waits in the outbox (sent by itself when the network returns).
 */
export function TeacherActions({ personId }: { personId: string }) {
  const [waiting, setWaiting] = useState<OutboxItem[]>(() => listOutbox().filter((i) => i.personId === personId));
  useEffect(() => {
    startOutboxSync(personId);
    setWaiting(listOutbox().filter((i) => i.personId === personId));
    return subscribeOutbox((items) => setWaiting(items.filter((i) => i.personId === personId)));
  }, [personId]);
  const failed = waiting.filter((i) => i.state === '失败').length;
  return (
    <View className="card home-actions" id="teacher-actions">
      <Button className="btn btn--primary btn--hero" id="open-record-entry" onClick={() => openPage(RECORD_ENTRY_URL)}>
        登记证书
      </Button>
      <Text className="home-actions__hint">{homeText.actionsHint}</Text>
      <Button className="btn btn--plain" id="open-my-records" onClick={() => openPage(MY_RECORDS_URL)}>我的记录</Button>
      {waiting.length ? (
        <Text className="home-actions__outbox" id="outbox-note">
          {failed ? `有 ${failed} 条没有提交成功，请到「我的记录」里点「重试」或「删除」。` : `有 ${waiting.length} 条待上传，联网后会自动提交。`}
        </Text>
      ) : null}
    </View>
  );
}
