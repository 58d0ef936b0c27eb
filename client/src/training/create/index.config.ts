export default definePageConfig({ navigationBarTitleText: '新建培训' });
