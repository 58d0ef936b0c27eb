import { fireEvent, render, screen } from '@testing-library/react';
import { trainingForms } from '@shared/schemas/record';
import { personView } from '../../../../test/support/fake-local-server';
import { GreetingCard } from '../components/greeting-card';
import { ProductIntro } from '../components/product-intro';
import { TrainingForms } from '../components/training-forms';

describe('首页 pieces', () => {
  it('lists every training form of the shared schema when opened, and hides them again', () => {
    render(<TrainingForms />);
    expect(screen.queryByText('网络培训')).toBeNull();
    fireEvent.click(screen.getByText('可以登记哪些培训？'));
    for (const form of trainingForms) expect(screen.getByText(`${form}培训`)).toBeTruthy();
    fireEvent.click(screen.getByText('收起 ▲'));
    expect(screen.queryByText('网络培训')).toBeNull();
  });

  it('the intro explains the product to visitors and shrinks to the name once signed in', () => {
    const { unmount } = render(<ProductIntro />);
    expect(screen.getByText('学校负责审核，县里负责统计，登记卡和统计表都从这里导出。')).toBeTruthy();
    unmount();
    render(<ProductIntro compact />);
    expect(screen.getByText('师训学分')).toBeTruthy();
    expect(screen.queryByText('学校负责审核，县里负责统计，登记卡和统计表都从这里导出。')).toBeNull();
  });

  it('greets a signed-in teacher by name with role and school', () => {
    const data = { bound: true as const, person: personView('王芳'), roles: [{ role: 'teacher' as const, countyId: 'c1', schoolId: 's1' }] };
    render(<GreetingCard state={{ status: 'success', data }} onRetry={jest.fn()} onSignIn={jest.fn()} />);
    expect(screen.getByText('王芳，您好！')).toBeTruthy();
    expect(screen.getByText('教师 · 城关一小')).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in', () => {
    const onSignIn = jest.fn();
    render(<GreetingCard state={{ status: 'success', data: { bound: false } }} onRetry={jest.fn()} onSignIn={onSignIn} />);
    fireEvent.click(screen.getByText('去登录'));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('offers 重试 on errors', () => {
    const onRetry = jest.fn();
    render(<GreetingCard state={{ status: 'error', error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } }} onRetry={onRetry} onSignIn={jest.fn()} />);
    expect(screen.getByText('网络不太好，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
