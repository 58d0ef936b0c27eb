import { Text } from '@tarojs/components';
import { chipTone, type ChipKind } from './record-text';

/** The status word in a coloured pill; the word carries the meaning, colour only helps. */
export function StatusChip({ kind }: { kind: ChipKind }) {
  return <Text className={`rchip rchip--${chipTone[kind]}`}>{kind}</Text>;
}
