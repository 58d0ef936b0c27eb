export default definePageConfig({ navigationBarTitleText: '全校进度' });
