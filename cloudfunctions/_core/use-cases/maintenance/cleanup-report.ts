import type { CleanupReport } from './clean-up-uploads';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The cleanup report in plain Chinese, one line per item (for `npm run cleanup` and the server log). */
export function describeCleanup(report: CleanupReport, maxLines = 50): string {
  const verb = report.dryRun ? '将删除' : '已删除';
  const lines = [
    `上传清理（${report.dryRun ? '演练，不删除任何东西' : '实际执行'}）：${report.at}`,
    `  过期未使用的暂存上传：${report.expiredUploads.length} 个`,
    ...report.expiredUploads.slice(0, maxLines).map((u) => `    ${verb} ${u.uploadId}（${u.createdAt} 上传）：${u.fileIds.join('、')}`),
    `  中断写入留下的 .part 临时文件：${report.inventoried ? `${report.partialFiles.length} 个` : '无法列出（云存储）'}`,
    ...report.partialFiles.slice(0, maxLines).map((p) => `    ${verb} ${p.path}（${p.size} 字节）`),
    `  没有任何记录、暂存上传或导出日志引用的文件（含导出中断留下的登记表）：${report.inventoried ? `${report.orphanFiles.length} 个` : '无法列出（云存储）'}`,
    ...report.orphanFiles.slice(0, maxLines).map((f) => `    ${verb} ${f.fileId}（${f.size} 字节）`),
    `  合计${report.dryRun ? '可释放' : '释放'}：${mb(report.bytes)}`,
  ];
  return lines.join('\n');
}
