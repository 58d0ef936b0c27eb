export default definePageConfig({ navigationBarTitleText: '登记证书' });
