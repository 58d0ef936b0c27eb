export default definePageConfig({ navigationBarTitleText: '教师进度' });
