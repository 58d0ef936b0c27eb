import { Text, View } from '@tarojs/components';

/**
 * What this product is, in one screen of plain words. `compact` (signed in) keeps only the
 * name, so the person's own progress comes into view without scrolling.
 */
export function ProductIntro({ compact = false }: { compact?: boolean }) {
  return (
    <View className="intro" id="intro">
      <Text className="intro__title" id="home-title">师训学分</Text>
      <Text className="intro__subtitle">教师继续教育学时学分</Text>
      {compact ? null : (
        <>
          <Text className="intro__body">
            把培训证书登记在手机上，随时看清今年的学时、学分够不够，还差哪一类。
          </Text>
          <Text className="intro__body">
            学校负责审核，县里负责统计，登记卡和统计表都从这里导出。
          </Text>
        </>
      )}
    </View>
  );
}
