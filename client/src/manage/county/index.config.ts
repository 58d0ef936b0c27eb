export default definePageConfig({ navigationBarTitleText: '全县情况' });
