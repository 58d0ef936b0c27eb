/**
 * 刘淑琴 (county admin) on a PC-sized window exports a school's 学分登记卡 and
 * 学分统计表 through the real H5 build on the real local server, downloads both
 * files from the link, and this test opens them with exceljs and checks every
 * teacher's figures against the engine's reports (progress.school). Needs build:h5.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startE2eStack, type E2eStack } from '../support/e2e-stack';
import { getPolicy } from '../../shared/policies';
import { amountValue, policyColumns, tableHeaders, yearScope } from '../../shared/registers';
import type { ProgressReport } from '../../shared/schemas/progress-report';

jest.setTimeout(120_000);

const E2E_NOW = '2026-11-22T06:00:00.000Z';

let stack: E2eStack;
let dataDir: string;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const visible = (text: string) => page.getByText(text, { exact: true }).locator('visible=true').first();

async function post<T>(route: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${url}${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await res.json()) as { ok: boolean; data: T; error?: unknown };
  if (!json.ok) throw new Error(`${route} failed: ${JSON.stringify(json.error)}`);
  return json.data;
}

type School = { schoolName: string; teachers: { teacherId: string; name: string; report: ProgressReport }[] };

/** What the engine says for the school, asked as the county admin through the API. */
async function engineFigures(schoolName: string): Promise<School> {
  const people = await fetch(`${url}/local/demo-people`).then((r) => r.json()) as { data: { people: { personId: string; name: string }[] } };
  const liu = people.data.people.find((p) => p.name === '刘淑琴')!;
  const { token } = await post<{ token: string }>('/local/sign-in', { personId: liu.personId });
  const scope = await post<{ schools: { id: string; name: string }[] }>('/api/fn/registers', { action: 'schools' }, token);
  const schoolId = scope.schools.find((s) => s.name === schoolName)!.id;
  return post<School>('/api/fn/progress', { action: 'school', schoolId, year: 2026 }, token);
}

/** Clicks an export button, then the download link, and opens the saved file. */
async function exportAndDownload(button: string): Promise<{ book: ExcelJS.Workbook; fileName: string }> {
  await page.locator(button).locator('visible=true').first().click();
  await page.locator('#export-result').locator('visible=true').first().waitFor();
  const fileName = (await page.locator('#export-file-name').locator('visible=true').first().textContent()) ?? '';
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#export-download').locator('visible=true').first().click(),
  ]);
  const saved = path.join(dataDir, `dl-${Date.now()}.xlsx`);
  await download.saveAs(saved);
  expect(download.suggestedFilename()).toBe(fileName);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(saved);
  return { book, fileName };
}

beforeAll(async () => {
  stack = await startE2eStack(E2E_NOW);
  ({ url, dataDir, browser } = stack);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  page = await context.newPage();
  await page.goto(`${url}/#/pages/mine/index`);
  await visible('刘淑琴').click();
  await visible('当前登录').waitFor();
  await page.goto(`${url}/#/manage-admin/registers/index`);
  await page.locator('#pick-school').locator('visible=true').first().waitFor();
});
afterAll(async () => { await stack?.close(); });

const schoolShown = async () => ((await page.locator('#pick-school').locator('visible=true').first().textContent()) ?? '').replace(/^学校：|\s*▾$/g, '').trim();

describe('刘淑琴 exports the registers on a PC', () => {
  it('学分登记卡: one sheet per teacher whose category totals equal the engine\'s report', async () => {
    const schoolName = await schoolShown();
    const { book, fileName } = await exportAndDownload('#export-card');
    expect(fileName).toMatch(new RegExp(`^${schoolName}_学分登记卡_2026年度_20261122-1400\\.xlsx$`));
    const school = await engineFigures(schoolName);
    expect(book.worksheets.map((s) => s.name).sort()).toEqual(school.teachers.map((t) => t.name).sort());
    for (const t of school.teachers) {
      const ws = book.getWorksheet(t.name)!;
      expect(ws.getCell('A1').value).toBe('通榆县教师全员培训学分登记卡（2026 年度）');
      const scope = yearScope(t.report, 2026)!;
      const firstColumn = ws.getColumn(1).values.map((v) => (typeof v === 'string' ? v.trim() : v));
      for (const c of [...scope.categories, scope.total]) {
        const row = firstColumn.lastIndexOf(c.name);
        expect(row).toBeGreaterThan(0);
        expect({ teacher: t.name, category: c.name, value: ws.getCell(row, 7).value }).toEqual({ teacher: t.name, category: c.name, value: amountValue(c.earned) });
      }
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    }
  });

  it('学分统计表: one row per teacher, one column per policy category, equal to the engine', async () => {
    const schoolName = await schoolShown();
    const { book } = await exportAndDownload('#export-school-table');
    const ws = book.worksheets[0]!;
    const policy = getPolicy('tongyu-2026')!;
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(tableHeaders(policy));
    const school = await engineFigures(schoolName);
    const cols = policyColumns(policy);
    for (const t of school.teachers) {
      const row = Array.from({ length: school.teachers.length }, (_v, i) => ws.getRow(4 + i)).find((r) => r.getCell(2).value === t.name);
      expect(row).toBeDefined();
      const scope = yearScope(t.report, 2026)!;
      cols.forEach((c, i) => expect(row!.getCell(4 + i).value).toBe(amountValue(scope.categories.find((x) => x.id === c.id)!.earned)));
      expect(row!.getCell(4 + cols.length).value).toBe(amountValue(scope.total.earned));
    }
    // Both exports are in the log shown on the page.
    await page.locator('#export-log').locator('visible=true').first().waitFor();
    expect(await page.locator('#export-log .atable__row').count()).toBeGreaterThanOrEqual(2);
  });
});
