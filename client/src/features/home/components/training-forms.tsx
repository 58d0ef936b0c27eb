import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { trainingForms } from '@shared/schemas/record';

/**
 * "可以登记哪些培训？" — expands to the training forms. The list comes from the shared
 * record schema, the same vocabulary the server validates against.
 */
export function TrainingForms() {
  const [open, setOpen] = useState(false);
  return (
    <View className="card forms">
      <View className="forms__toggle" id="forms-toggle" onClick={() => setOpen((v) => !v)}>
        <Text className="card__title">可以登记哪些培训？</Text>
        <Text className="forms__arrow">{open ? '收起 ▲' : '展开 ▼'}</Text>
      </View>
      {open ? (
        <View className="forms__list" id="forms-list">
          {trainingForms.map((form) => (
            <Text key={form} className="chip">{form}培训</Text>
          ))}
          <Text className="card__hint forms__note">证书上的学时，系统会按本县的政策换算成学分，并写明每一步怎么算的。</Text>
        </View>
      ) : null}
    </View>
  );
}
