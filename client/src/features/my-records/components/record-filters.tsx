import { Text, View } from '@tarojs/components';
import type { RecordQuery } from '../api/records';
import { statusFilters } from './record-text';

export interface RecordFiltersProps {
  query: RecordQuery;
  /** Years offered, newest first (this year and the ones before). */
  years: readonly number[];
  onChange: (query: RecordQuery) => void;
}

const sameStatuses = (a: RecordQuery['statuses'], b: RecordQuery['statuses']) =>
  (a === null && b === null) || (a !== null && b !== null && a.join() === b.join());

/** Two rows of big chips: 年度 and 状态. The chosen one is filled and says 已选. */
export function RecordFilters({ query, years, onChange }: RecordFiltersProps) {
  const yearOptions: Array<{ label: string; year: number | null }> = [
    { label: '全部年度', year: null }, ...years.map((y) => ({ label: `${y} 年`, year: y })),
  ];
  return (
    <View className="filters" id="record-filters">
      <View className="filters__row" id="filter-years">
        <Text className="filters__label">年度</Text>
        {yearOptions.map((o) => {
          const on = o.year === query.year;
          return (
            <Text key={o.label} className={`fchip${on ? ' fchip--on' : ''}`} id={`filter-year-${o.year ?? 'all'}`}
              onClick={() => onChange({ ...query, year: o.year })}>{o.label}</Text>
          );
        })}
      </View>
      <View className="filters__row" id="filter-statuses">
        <Text className="filters__label">状态</Text>
        {statusFilters.map((f, i) => {
          const on = sameStatuses(f.statuses, query.statuses);
          return (
            <Text key={f.label} className={`fchip${on ? ' fchip--on' : ''}`} id={`filter-status-${i}`}
              onClick={() => onChange({ ...query, statuses: f.statuses })}>{f.label}</Text>
          );
        })}
      </View>
    </View>
  );
}
