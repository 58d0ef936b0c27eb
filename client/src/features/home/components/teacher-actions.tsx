import { useEffect, useState } from 'react';
import { homeText } from '@shared/home-view/home-text';
import { Button, Text, View } from '@tarojs/components';
import { listOutbox, subscribeOutbox, type OutboxItem } from '@/services/outbox';
import { startOutboxSync } from '@/services/outbox-sync';
import { MY_RECORDS_URL, RECORD_ENTRY_URL, openPage } from '@/services/navigation';
import { MY_TRAININGS_URL } from '@/services/sign-in-code';
import { ScanSignIn } from './scan-sign-in';


/**
 * 首页 for a signed-in teacher: the big 「登记证书」 and 「扫码签到」 buttons, 「我的记录」 and 「我的培训」 one tap away,
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
      <ScanSignIn />
      <View className="home-actions__row">
        <Button className="btn btn--plain home-actions__half" id="open-my-records" onClick={() => openPage(MY_RECORDS_URL)}>我的记录</Button>
        <Button className="btn btn--plain home-actions__half" id="open-my-trainings" onClick={() => openPage(MY_TRAININGS_URL)}>我的培训</Button>
      </View>
      {waiting.length ? (
        <Text className="home-actions__outbox" id="outbox-note">
          {failed ? `有 ${failed} 条没有提交成功，请到「我的记录」里点「重试」或「删除」。` : `有 ${waiting.length} 条待上传，联网后会自动提交。`}
        </Text>
      ) : null}
    </View>
  );
}
