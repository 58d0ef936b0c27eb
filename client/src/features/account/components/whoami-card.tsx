import { Button, Text, View } from '@tarojs/components';
import { rolesText, type BindData } from '../api/schemas';

export interface WhoamiCardProps {
  identity: BindData;
  /** H5 only: forget the local token. */
  onSignOut?: () => void;
}

/** Who is signed in: name, roles and school, in large text. */
export function WhoamiCard({ identity, onSignOut }: WhoamiCardProps) {
  const { person, roles } = identity;
  return (
    <View className="card whoami" id="whoami">
      <Text className="card__label">当前登录</Text>
      <Text className="whoami__name">{person.name}</Text>
      <View className="whoami__row">
        <Text className="whoami__key">身份</Text>
        <Text className="whoami__value">{rolesText(roles.map((r) => r.role)) || '（未分配角色）'}</Text>
      </View>
      <View className="whoami__row">
        <Text className="whoami__key">单位</Text>
        <Text className="whoami__value">{person.schoolName ?? person.countyName}</Text>
      </View>
      {onSignOut ? (
        <Button className="btn btn--plain" id="sign-out" onClick={onSignOut}>退出登录</Button>
      ) : null}
    </View>
  );
}
