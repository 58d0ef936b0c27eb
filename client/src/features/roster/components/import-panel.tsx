import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { toSheetRows, type RosterTable, type RosterTableRow } from '@shared/roster-import';
import { DataTable } from '@/components/data-table';
import { StatusView } from '@/components/status-view';
import { importRoster, type ImportAnswer } from '../api/roster';
import { readRosterFile } from '../api/read-roster-file';

const outcomeText = { created: '新建', updated: '更新', unchanged: '不变' } as const;

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'refused'; title: string; messages: string[] }
  | { kind: 'preview'; fileName: string; rows: RosterTableRow[]; answer: ImportAnswer }
  | { kind: 'done'; answer: ImportAnswer };

/** Opens the computer's file chooser (H5 only) and resolves with the chosen file, or null. */
function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,.xls,.csv';
    input.id = 'roster-file-input';
    input.style.display = 'none';
    input.onchange = () => { resolve(input.files?.[0] ?? null); input.remove(); };
    document.body.appendChild(input);
    input.click();
  });
}

/**
 * 导入名册 (H5 / desktop): read an .xlsx/.csv, show every row's outcome from a dry run
 * (新建 / 更新 / 不变) or every problem by file row, then import on confirmation and show
 * the new people's binding codes once.
 */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function pick() {
    const file = await chooseFile();
    if (!file) return;
    setStep({ kind: 'busy', text: `正在读取「${file.name}」…` });
    const read = await readRosterFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) { setStep({ kind: 'refused', title: '无法读取这个文件', messages: [read.message] }); return; }
    await check(file.name, read.table);
  }

  async function check(fileName: string, table: RosterTable) {
    if (table.issues.length > 0) { setStep({ kind: 'refused', title: `名单有 ${table.issues.length} 处需要修改，未导入任何人`, messages: table.issues.map((i) => i.message) }); return; }
    setStep({ kind: 'busy', text: '正在核对名单…' });
    const res = await importRoster(table.rows.map((r) => r.row), true);
    if (!res.ok) { setStep({ kind: 'refused', title: '名单有误，未导入任何人', messages: [toSheetRows(res.error.message, table.rows)] }); return; }
    setStep({ kind: 'preview', fileName, rows: table.rows, answer: res.data });
  }

  async function confirm(rows: RosterTableRow[]) {
    setStep({ kind: 'busy', text: '正在导入…' });
    const res = await importRoster(rows.map((r) => r.row), false);
    if (!res.ok) { setStep({ kind: 'refused', title: '导入失败，未导入任何人', messages: [toSheetRows(res.error.message, rows)] }); return; }
    setStep({ kind: 'done', answer: res.data });
    onImported();
  }

  if (process.env.TARO_ENV === 'weapp') {
    return <Text className="admin__hint">导入名册请在电脑上打开管理后台（Excel / CSV 文件）。</Text>;
  }
  return (
    <View className="card" id="roster-import">
      <Text className="card__title">从 Excel / CSV 导入名册</Text>
      <Text className="card__hint">第一行写列名：姓名（必填）、学校、学科、手机号、身份证后六位、入职日期。先核对，确认后才写入。</Text>
      <Button className="btn btn--plain" id="roster-pick" onClick={() => void pick()}>选择名单文件</Button>
      {step.kind === 'busy' ? <StatusView kind="loading" title={step.text} /> : null}
      {step.kind === 'refused' ? (
        <View id="roster-import-errors">
          <Text className="admin__error">{step.title}</Text>
          {step.messages.map((m) => <Text key={m} className="list__item admin__error">{m}</Text>)}
        </View>
      ) : null}
      {step.kind === 'preview' ? (
        <View id="roster-preview">
          <Text className="admin__section">核对结果（{step.fileName}）：新建 {step.answer.created} 人，更新 {step.answer.updated} 人，不变 {step.answer.unchanged} 人</Text>
          <DataTable
            id="roster-preview-table"
            rows={step.answer.people}
            rowKey={(p) => `${p.row}`}
            columns={[
              { key: 'sheetRow', title: '表格行', grow: 0.5, render: (p) => `第 ${step.rows[p.row - 1]?.sheetRow ?? p.row} 行` },
              { key: 'name', title: '姓名', render: (p) => p.name },
              { key: 'school', title: '学校', grow: 1.5, render: (p) => step.rows[p.row - 1]?.row.schoolName ?? '' },
              { key: 'outcome', title: '结果', render: (p) => <Text className={`tag ${p.outcome === 'created' ? 'tag--good' : p.outcome === 'updated' ? 'tag--warn' : ''}`}>{outcomeText[p.outcome]}</Text> },
            ]}
          />
          <Button className="btn btn--primary" id="roster-confirm" onClick={() => void confirm(step.rows)}>确认导入 {step.rows.length} 人</Button>
          <Button className="btn btn--plain" onClick={() => setStep({ kind: 'idle' })}>取消</Button>
        </View>
      ) : null}
      {step.kind === 'done' ? (
        <View id="roster-done">
          <Text className="admin__ok">已导入：新建 {step.answer.created} 人，更新 {step.answer.updated} 人，不变 {step.answer.unchanged} 人</Text>
          {step.answer.people.some((p) => p.bindingCode) ? <Text className="admin__hint">新人员的绑定码只显示这一次，请抄下或截图发给本人（30 天内有效）：</Text> : null}
          {step.answer.people.filter((p) => p.bindingCode).map((p) => (
            <Text key={p.row} className="admin__mono">{p.name}：{p.bindingCode}</Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
