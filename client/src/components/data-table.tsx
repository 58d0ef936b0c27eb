import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

export interface TableColumn<T> {
  key: string;
  title: string;
  /** Share of the row's width on a wide screen (flex-grow); default 1. */
  grow?: number;
  render: (row: T) => ReactNode;
}

export interface DataTableProps<T> {
  id: string;
  columns: TableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Extra class per row (e.g. an error row). */
  rowClass?: (row: T) => string;
}

/**
 * A table on a desktop (one line per row, header on top: county staff on a PC at 1280 px)
 * that folds into labelled cards on a phone (each cell under its column name) — the CSS in
 * app.css switches at 900 px, the markup is the same.
 */
export function DataTable<T>({ id, columns, rows, rowKey, rowClass }: DataTableProps<T>) {
  return (
    <View className="atable" id={id}>
      <View className="atable__head">
        {columns.map((c) => (
          <Text key={c.key} className="atable__th" style={{ flexGrow: c.grow ?? 1 }}>{c.title}</Text>
        ))}
      </View>
      {rows.map((row) => (
        <View key={rowKey(row)} className={`atable__row ${rowClass?.(row) ?? ''}`}>
          {columns.map((c) => (
            <View key={c.key} className={`atable__cell atable__cell--${c.key}`} style={{ flexGrow: c.grow ?? 1 }}>
              <Text className="atable__label">{c.title}</Text>
              <View className="atable__value">{c.render(row)}</View>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
