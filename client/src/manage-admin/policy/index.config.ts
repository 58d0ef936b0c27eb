export default definePageConfig({ navigationBarTitleText: '学分政策' });
