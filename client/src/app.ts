import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initCloud } from '@/services/cloud';
import './app.css';
import './styles/manage.css';

/** App shell: initialise wx.cloud in the mini-program; pages render as children. */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud();
  });
  return children;
}

export default App;
