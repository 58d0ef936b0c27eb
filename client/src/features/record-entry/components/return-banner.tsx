import { Text, View } from '@tarojs/components';
import type { RecordView } from '@shared/schemas/api/views';

/** Names of record input fields a reviewer may flag, as the form calls them. */
export const fieldLabels: Record<string, string> = {
  title: '培训名称', organizer: '主办单位', hours: '学时', startDate: '开始日期', endDate: '结束日期', form: '培训形式',
  level: '主办级别', location: '培训地点', content: '内容类别', track: '课程类别', tags: '培训类型', topic: '专题名称',
  award: '考核等次 / 表彰', role: '您在培训中是', passed: '考核结果', composite: '线上线下成绩', certificateNo: '证书编号',
  hasCertificate: '结业证书', projectRef: '计划项目', certificates: '证书照片',
};

/** The reviewer's reason on top of a returned record, and what she asked to fix. */
export function ReturnBanner({ record }: { record: RecordView }) {
  const fields = record.returnFields.map((f) => fieldLabels[f] ?? f);
  return (
    <View className="card return-banner" id="return-banner">
      <Text className="return-banner__title">审核退回，请修改后重新提交</Text>
      <Text className="return-banner__reason" id="return-reason">退回原因：{record.returnReason ?? '未说明'}</Text>
      <Text className="return-banner__fields">
        {fields.length ? `需要修改：${fields.join('、')}（黄色框）。其他内容不用动。` : '审核人没有标出具体项目，可以修改全部内容。'}
      </Text>
    </View>
  );
}
