import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/status-view';

const upcoming = ['审核本校教师提交的证书', '查看全校学分进度，找出还差学时的老师', '导出学分登记卡和学分统计表'];

/** 管理 for principals and credit officers: not open yet, says what is coming. */
export function ComingSoon() {
  return (
    <View className="manage" id="manage">
      <StatusView kind="empty" title="即将开放" description="校长和学校学分管理员的功能正在建设中。" />
      <View className="card">
        <Text className="card__title">开放后可以：</Text>
        {upcoming.map((item) => (
          <Text key={item} className="list__item">· {item}</Text>
        ))}
      </View>
    </View>
  );
}
