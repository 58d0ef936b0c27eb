import { fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { SchoolPicker } from '../school-picker';

const schools = [{ id: 's1', name: '通榆县第一中学' }, { id: 's2', name: '通榆县新华小学' }];

/** The picker with its value kept in state, as the screens keep it; `seen` records each choice. */
function Harness(props: { wholeCounty?: boolean; textWhenSingle?: boolean; list?: typeof schools; start?: string; seen: (string | undefined)[] }) {
  const [value, setValue] = useState<string | undefined>(props.start);
  return (
    <SchoolPicker
      id="pick" label="学校" schools={props.list ?? schools} wholeCounty={props.wholeCounty} textWhenSingle={props.textWhenSingle}
      value={value} onChange={(id) => { props.seen.push(id); setValue(id); }}
    />
  );
}

/** Chooses row `index` of the native selector the way Taro's Picker reports it. */
function choose(index: number) {
  const picker = document.querySelector('taro-picker-core');
  if (!picker) throw new Error('no picker');
  fireEvent(picker, new CustomEvent('change', { detail: { value: index } }));
}

const shown = () => document.querySelector('#pick')?.textContent?.replace(/\s+/g, '');

describe('SchoolPicker', () => {
  it('offers 全县 first for a county admin: undefined means the whole county', () => {
    const seen: (string | undefined)[] = [];
    render(<Harness wholeCounty seen={seen} />);
    expect(shown()).toBe('学校：全县▾');
    choose(2);
    expect(seen).toEqual(['s2']);
    expect(shown()).toBe('学校：通榆县新华小学▾');
    choose(0);
    expect(seen).toEqual(['s2', undefined]);
    expect(shown()).toBe('学校：全县▾');
  });

  it('without 全县 shows the chosen school; with no school at all, 请选择', () => {
    const seen: (string | undefined)[] = [];
    const first = render(<Harness start="s1" seen={seen} />);
    expect(shown()).toBe('学校：通榆县第一中学▾');
    choose(1);
    expect(seen).toEqual(['s2']);
    first.unmount();
    render(<Harness list={[]} seen={seen} />);
    expect(shown()).toBe('学校：请选择▾');
  });

  it('with one school and textWhenSingle, prints it as text with nothing to choose', () => {
    render(<Harness textWhenSingle list={[schools[0]!]} start="s1" seen={[]} />);
    expect(document.querySelector('#pick')).toBeNull();
    expect(document.querySelector('taro-picker-core')).toBeNull();
    expect(document.body.textContent).toContain('学校：通榆县第一中学');
  });
});
