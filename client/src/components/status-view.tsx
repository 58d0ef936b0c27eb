import { Button, Text, View } from '@tarojs/components';

export interface StatusViewProps {
  kind: 'loading' | 'empty' | 'error';
  title: string;
  description?: string;
  /** Button text; defaults to 重试 for errors. */
  actionText?: string;
  onAction?: () => void;
}

const marks = { loading: '…', empty: 'i', error: '!' } as const;

/**
 * The loading / empty / error block every screen uses, so all three look and read the same.
 * Errors always offer a button (重试 by default) when `onAction` is given.
 */
export function StatusView({ kind, title, description, actionText, onAction }: StatusViewProps) {
  const text = actionText ?? (kind === 'error' ? '重试' : undefined);
  return (
    <View className={`status status--${kind}`} id={`status-${kind}`}>
      <View className="status__mark">{marks[kind]}</View>
      <Text className="status__title">{title}</Text>
      {description ? <Text className="status__desc">{description}</Text> : null}
      {onAction && text ? (
        <Button className="btn btn--primary status__action" onClick={onAction}>{text}</Button>
      ) : null}
    </View>
  );
}
