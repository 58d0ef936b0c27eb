export default definePageConfig({ navigationBarTitleText: '登记表导出' });
