import { fireEvent, render } from '@testing-library/react';
import { DataTable, type TableColumn } from '../data-table';

interface Row { id: string; name: string; behind: number }
const rows: Row[] = [{ id: 'a', name: '城关一小', behind: 2 }, { id: 'b', name: '新华小学', behind: 0 }];
const columns: TableColumn<Row>[] = [
  { key: 'name', title: '学校', className: 'ccell--name', cellClass: () => 'crow2__name', render: (r) => r.name },
  { key: 'behind', title: '落后', cellClass: (r) => (r.behind > 0 ? 'ccell--bad' : ''), render: (r) => `落后 ${r.behind} 人` },
];

describe('DataTable', () => {
  it('labelled look: a header row, and each cell under its column name (the phone shows the label)', () => {
    render(<DataTable id="t" columns={columns} rows={rows} rowKey={(r) => r.id} rowClass={(r) => (r.behind ? 'atable__row--error' : '')} />);
    const table = document.querySelector('#t.atable')!;
    expect([...table.querySelectorAll('.atable__th')].map((th) => th.textContent)).toEqual(['学校', '落后']);
    const first = table.querySelectorAll('.atable__row')[0]!;
    expect(first.className).toBe('atable__row atable__row--error');
    expect(first.querySelector('.atable__cell--behind .atable__label')?.textContent).toBe('落后');
    expect(first.querySelector('.atable__cell--behind .atable__value')?.textContent).toBe('落后 2 人');
  });

  it('card look: the screen\'s classes on header and cells, row ids, a tap opens the row', () => {
    const opened: string[] = [];
    render(
      <DataTable
        id="county-table" columns={columns} rows={rows} rowKey={(r) => r.id} rowId={(r) => `school-${r.id}`}
        onRowClick={(r) => opened.push(r.id)} look={{ table: 'ctable', head: 'ctable__head', row: 'crow2', cell: 'ccell' }}
      />,
    );
    const head = document.querySelector('#county-table.ctable > .ctable__head')!;
    // Header cells take the column's class, never a row-dependent one.
    expect([...head.children].map((c) => c.className)).toEqual(['ccell ccell--name', 'ccell']);
    const row = document.querySelector('#school-a')!;
    expect(row.className).toBe('crow2');
    expect([...row.children].map((c) => c.className)).toEqual(['ccell ccell--name crow2__name', 'ccell ccell--bad']);
    expect(document.querySelector('#school-b')!.children[1]!.className).toBe('ccell');
    expect(document.querySelector('.atable__label')).toBeNull();
    fireEvent.click(document.querySelector('#school-b')!);
    expect(opened).toEqual(['b']);
  });
});
