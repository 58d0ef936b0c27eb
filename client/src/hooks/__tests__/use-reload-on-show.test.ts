import { renderHook } from '@testing-library/react';
import { resetTaroMock, useDidShow } from '../../../test/support/taro-mock';
import { useReloadOnShow } from '../use-reload-on-show';

/** The page-show callbacks the hook registered, as Taro keeps them (latest render's wins). */
let shows: (() => void)[] = [];

beforeEach(() => {
  resetTaroMock();
  shows = [];
  useDidShow.mockImplementation((fn: () => void) => { shows.push(fn); });
});

const showPage = () => shows[shows.length - 1]!();

describe('useReloadOnShow', () => {
  it('skips the first show and reloads on every later one', () => {
    const reload = jest.fn();
    renderHook(() => useReloadOnShow(reload));
    showPage();
    expect(reload).not.toHaveBeenCalled();
    showPage();
    showPage();
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('calls the reload of the latest render, not the first one', () => {
    const first = jest.fn();
    const second = jest.fn();
    const { rerender } = renderHook(({ reload }) => useReloadOnShow(reload), { initialProps: { reload: first } });
    showPage();
    rerender({ reload: second });
    showPage();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
