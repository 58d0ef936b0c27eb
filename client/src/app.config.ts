/** Pages and the tab bar. Tab labels are text first; icons are small PNGs in assets/tabbar. */
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/manage/index', 'pages/mine/index'],
  subPackages: [
    { root: 'manage-admin', pages: ['registers/index', 'roster/index', 'policy/index', 'audit/index'] },
  ],
  window: {
    navigationBarTitleText: '师训学分',
    navigationBarBackgroundColor: '#0a4f96',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#3a3a3a',
    selectedColor: '#0a4f96',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/manage/index', text: '管理', iconPath: 'assets/tabbar/manage.png', selectedIconPath: 'assets/tabbar/manage-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' },
    ],
  },
});
