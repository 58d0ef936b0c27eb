import { Picker, Text, View } from '@tarojs/components';

export interface SchoolPickerProps {
  /** Element id of the field (tests and people's bookmarks of the admin screens use it). */
  id: string;
  /** The word before the chosen name: 学校 or 范围. */
  label: string;
  schools: readonly { id: string; name: string }[];
  /** Offer 全县 first (a county admin's whole county); choosing it gives `undefined`. */
  wholeCounty?: boolean;
  /** The chosen school's id; `undefined` is 全县 (with `wholeCounty`) or nothing yet. */
  value: string | undefined;
  onChange: (schoolId: string | undefined) => void;
  /** With a single school there is nothing to choose: show its name as plain text. */
  textWhenSingle?: boolean;
}

/**
 * The school picker of the county-admin screens: 「学校：xx ▾」 opening the native selector,
 * optionally with 全县 first. One place, so the three screens offer the same choice the same way.
 */
export function SchoolPicker({ id, label, schools, wholeCounty = false, value, onChange, textWhenSingle = false }: SchoolPickerProps) {
  const options = wholeCounty ? [{ id: undefined, name: '全县' }, ...schools] : schools;
  const index = Math.max(0, options.findIndex((o) => o.id === value));
  const chosen = options[index];
  if (textWhenSingle && !wholeCounty && schools.length <= 1) {
    return <Text className="picker-field">{label}：{chosen?.name ?? '（无）'}</Text>;
  }
  return (
    <Picker mode="selector" range={options.map((o) => o.name)} value={index} onChange={(e) => onChange(options[Number(e.detail.value)]?.id)}>
      <View className="picker-field" id={id}>{label}：{chosen?.name ?? '请选择'} ▾</View>
    </Picker>
  );
}
