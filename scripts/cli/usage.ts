/** The --help text (Chinese; see docs/cli.md for the full manual). */
export const usage = `用法：npm run credits -- --policy <政策编号> [选项] <记录文件>
      npm run credits -- --policy <政策编号> --year YYYY        （不给文件：只列这一年的要求）

  <记录文件>            .xlsx（第一个工作表）、.csv（UTF-8 或 GBK）或 .json
  --policy <编号>       tongyu-2026、wuding-2021、jianan-2024、huoerguosi-2024、yongji-2018
  --year YYYY           按这一年所在的统计期核算，只显示这一年的年度要求（周期照常显示）；
                        永吉这样五年一期循环的政策，2026 年落在 2023–2027 周期
  --status <身份>       教师身份：maternity、new-teacher、high-school、special-education、
                        non-teaching、leader（或 产假、新入职、高中、特教、非专任、领导干部）；
                        maternity:2026 表示只在 2026 年；多个用逗号分隔
  --as-of YYYY-MM-DD    核算日期（只计这天及以前结束的培训），默认今天
  --hired-on YYYY-MM-DD 入职日期（新入职教师的适岗目标）
  --teacher <编号或姓名> 文件里有多名教师时只看这一位
  --paragraphs          附上报告引用的每句原文所在的文件段落
  --json                输出 JSON 报告
  --help                显示本说明

表头、取值写法和退出码见 docs/cli.md。`;
