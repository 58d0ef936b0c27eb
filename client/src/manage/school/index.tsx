import '@/styles/manage-screens.css';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '@/components/screen';
import { SchoolTable, useSchoolTeachers } from '@/features/school-report';

/** 全校教师进度 (`?schoolId=`; without it, the reviewer's own school). */
export default function SchoolPage() {
  const { params } = useRouter();
  const school = useSchoolTeachers(params.schoolId ? decodeURIComponent(params.schoolId) : undefined);
  return (
    <Screen>
      <View className="mpage">
        <SchoolTable
          school={school}
          onOpen={(row) => void Taro.navigateTo({ url: `/manage/teacher/index?teacherId=${encodeURIComponent(row.teacherId)}` })}
        />
      </View>
    </Screen>
  );
}
