import { createWechatSubscribeMessenger, templateData } from './wechat-subscribe-messenger';

const message = {
  id: 'm1', kind: 'new-session' as const, openid: 'o-1', templateId: 'T-NEW', page: 'sign-in/mine/index',
  fields: { title: '2026年通榆县小学英语骨干教师集中培训（第二期）', time: '2026年12月14日 09:00', place: '县教师进修学校三楼报告厅', note: '请提前10分钟到场扫码签到' },
};

describe('WeChat subscribe-message adapter', () => {
  it('maps fields to the template\'s keys and keeps thing values within 20 characters', () => {
    const data = templateData(message, 'title=thing1,time=time2,place=thing3,note=thing4,missing=thing5');
    expect(Object.keys(data)).toEqual(['thing1', 'time2', 'thing3', 'thing4']);
    expect([...data.thing1!.value]).toHaveLength(20);
    expect(data.time2).toEqual({ value: '2026年12月14日 09:00' });
    expect(templateData({ ...message, fields: { count: '共 12 条' } }, 'count=number1')).toEqual({ number1: { value: '12' } });
  });

  it('sends through callWxOpenApi with the template from env; 43101 means the consent is gone', async () => {
    const calls: unknown[] = [];
    let answer: unknown = { errcode: 0, errmsg: 'ok' };
    const app = { callWxOpenApi: async (o: unknown) => { calls.push(o); return { result: answer }; } };
    const m = createWechatSubscribeMessenger(app, { SUBSCRIBE_TEMPLATE_NEW_SESSION: 'T-NEW' });
    expect(m.templateId('new-session')).toBe('T-NEW');
    expect(m.templateId('gap')).toBeNull();
    expect(await m.deliver(message)).toEqual({ delivered: true });
    expect(calls[0]).toMatchObject({
      apiName: '/cgi-bin/message/subscribe/send',
      requestData: { touser: 'o-1', template_id: 'T-NEW', page: 'sign-in/mine/index', miniprogram_state: 'formal', lang: 'zh_CN', data: { thing3: { value: '县教师进修学校三楼报告厅' } } },
    });
    answer = Buffer.from(JSON.stringify({ errcode: 43101, errmsg: 'user refuse to accept the msg' }));
    expect(await m.deliver(message)).toEqual({ delivered: false, error: '43101 user refuse to accept the msg', consentGone: true });
    const broken = createWechatSubscribeMessenger({ callWxOpenApi: async () => { throw new Error('network down'); } }, {});
    expect(await broken.deliver(message)).toEqual({ delivered: false, error: 'network down', consentGone: false });
  });
});
