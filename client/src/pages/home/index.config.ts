export default definePageConfig({ navigationBarTitleText: '师训学分' });
