/** Pages and the tab bar. Tab labels are text first; icons are small PNGs in assets/tabbar. */
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/manage/index', 'pages/mine/index'],
  subPackages: [
    // 登记证书 / 重新提交 (teacher-capture): the engine and the form load only when opened.
    { root: 'record-entry', pages: ['submit/index'] },
    // 我的记录, record detail, 学分进度 (teacher-records): not needed at start.
    { root: 'my-records', pages: ['list/index', 'detail/index', 'progress/index'] },
    // manage-review: review queue, one record, school/county/teacher views (decision 011).
    { root: 'manage', pages: ['queue/index', 'review/index', 'school/index', 'county/index', 'teacher/index'] },
    // 培训签到 (issue 15): organiser's list, new session, the live sign-in screen.
    { root: 'training', pages: ['list/index', 'create/index', 'detail/index'] },
    // The teacher's 扫码签到 page (a QR / mini-program code opens it) and 我的培训.
    { root: 'sign-in', pages: ['scan/index', 'mine/index'] },
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
