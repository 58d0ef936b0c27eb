export default definePageConfig({ navigationBarTitleText: '学分进度' });
