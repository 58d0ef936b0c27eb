import { getPolicy } from '@shared/policies';
import { formPlanOf } from '@/services/form-plan';

const plan = (id: string) => formPlanOf(getPolicy(id)!);

describe('formPlanOf: the form asks only what the county policy uses', () => {
  it('通榆: 公需/专业, 专题 and the 数字化 tag; no 课程类别, 地点, 主讲, 项目, 成绩, 结业证书', () => {
    const p = plan('tongyu-2026');
    expect(p.content).toEqual(['公需', '专业']);
    expect(p.topic).toBe(true);
    expect(p.tags).toContain('数字化');
    expect(p).toMatchObject({ track: null, location: false, role: false, projects: [], composite: null, certificate: false });
    expect(p.awardGrades).toEqual(['优秀']); // 优秀学员 hours bonus by level
  });

  it('霍尔果斯: 必修/选修/校本, 考核等次 (良好/优秀), 主讲', () => {
    const p = plan('huoerguosi-2024');
    expect(p.track).toEqual(['必修', '选修', '校本']);
    expect(p.awardGrades).toEqual(['优秀', '良好']);
    expect(p.role).toBe(true);
    expect(p).toMatchObject({ topic: false, location: false, projects: [], composite: null });
  });

  it('武定: online and offline scores (for 全员培训) and the 结业证书', () => {
    const p = plan('wuding-2021');
    expect(p.composite).not.toBeNull();
    expect(p.composite?.passScore).toBeGreaterThan(0);
    expect(p.certificate).toBe(true);
    expect(p).toMatchObject({ content: null, track: null, role: false, projects: [] });
  });

  it('建安: the project from the 14-project catalogue', () => {
    const p = plan('jianan-2024');
    expect(p.projects).toHaveLength(14);
    expect(p.projects[0]).toEqual({ ref: 'JA2024-01', name: expect.any(String) });
    expect(p).toMatchObject({ content: null, track: null, topic: false, composite: null, location: false });
  });

  it('永吉: 县内/县外 and 结业证书; 主讲 matters', () => {
    const p = plan('yongji-2018');
    expect(p.location).toBe(true);
    expect(p.certificate).toBe(true);
    expect(p.role).toBe(true);
    expect(p).toMatchObject({ content: null, track: null, projects: [], composite: null, topic: false });
  });
});
