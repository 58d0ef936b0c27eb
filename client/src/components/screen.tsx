import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';

/** Page container: padding, page background, room above the tab bar. */
export function Screen({ children }: PropsWithChildren) {
  return <View className="screen">{children}</View>;
}
