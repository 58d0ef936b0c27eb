import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

export interface TableColumn<T> {
  key: string;
  title: string;
  /** Share of the row's width on a wide screen (flex-grow); default 1. Labelled look only. */
  grow?: number;
  render: (row: T) => ReactNode;
  /** Card look: this column's classes, on its header cell and on each of its cells (widths, type size). */
  className?: string;
  /** Card look: an extra class of one cell from its row (a red 落后 figure, a ticked box). */
  cellClass?: (row: T) => string;
}

/**
 * A screen's own look (manage-screens.css): each row a card on a phone, a table row at ≥ 960 px,
 * styled by column classes instead of the labelled cells of the admin screens.
 */
export interface CardLook {
  /** Class of the table, its header row, each row and each cell, e.g. qtable / qtable__head / qrow / qcell. */
  table: string; head: string; row: string; cell: string;
}

export interface DataTableProps<T> {
  id?: string;
  columns: TableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Extra class per row (e.g. an error row, a picked row). */
  rowClass?: (row: T) => string;
  /** Element id per row (tests and the e2e suites select rows by it). */
  rowId?: (row: T) => string;
  /** Tapping a row (opens it). */
  onRowClick?: (row: T) => void;
  /** Without it, the labelled look of the admin screens (admin.css). */
  look?: CardLook;
}

const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

/**
 * One table markup for every list of rows with columns. The default (labelled) look is a table
 * on a desktop (one line per row, header on top: county staff on a PC at 1280 px) that folds into
 * labelled cards on a phone (each cell under its column name; admin.css switches at 900 px). With
 * `look`, the screen's own classes style it (the review queue, the school and county tables).
 */
export function DataTable<T>({ id, columns, rows, rowKey, rowClass, rowId, onRowClick, look }: DataTableProps<T>) {
  const css = look ?? { table: 'atable', head: 'atable__head', row: 'atable__row', cell: 'atable__cell' };
  return (
    <View className={css.table} id={id}>
      <View className={css.head}>
        {columns.map((c) => (look
          ? <Text key={c.key} className={join(css.cell, c.className)}>{c.title}</Text>
          : <Text key={c.key} className="atable__th" style={{ flexGrow: c.grow ?? 1 }}>{c.title}</Text>))}
      </View>
      {rows.map((row) => (
        <View
          key={rowKey(row)}
          id={rowId?.(row)}
          className={join(css.row, rowClass?.(row))}
          {...(onRowClick ? { onClick: () => onRowClick(row) } : {})}
        >
          {columns.map((c) => (look
            ? <View key={c.key} className={join(css.cell, c.className, c.cellClass?.(row))}>{c.render(row)}</View>
            : (
              <View key={c.key} className={`atable__cell atable__cell--${c.key}`} style={{ flexGrow: c.grow ?? 1 }}>
                <Text className="atable__label">{c.title}</Text>
                <View className="atable__value">{c.render(row)}</View>
              </View>
            )))}
        </View>
      ))}
    </View>
  );
}
