import { withoutPlatformFields } from '../../../cloudfunctions/_core/adapters/cloudbase/cloudbase-main';

describe('CloudBase entry: platform fields', () => {
  it('drops the userInfo WeChat appends, keeps everything else, leaves the input untouched', () => {
    const event = { action: 'list', year: 2025, userInfo: { appId: 'wx1', openId: 'o-forged?' } };
    expect(withoutPlatformFields(event)).toEqual({ action: 'list', year: 2025 });
    expect(event.userInfo).toBeDefined();
  });

  it('passes non-objects through for the schema to refuse', () => {
    expect(withoutPlatformFields(null)).toBeNull();
    expect(withoutPlatformFields(['a'])).toEqual(['a']);
    expect(withoutPlatformFields('x')).toBe('x');
  });
});
