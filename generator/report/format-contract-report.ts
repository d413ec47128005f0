import { CONTRACT_CHECKS, type ContractCheck, type ContractFailure, type ContractReport } from '../../templates/package/contract-runtime.js';

export const CONTRACT_REPORT_FORMATS = ['stylish', 'json', 'junit'] as const;
export type ContractReportFormat = (typeof CONTRACT_REPORT_FORMATS)[number];

/** What the JUnit form needs beyond the report: each case run, by operation, in order. */
export interface ContractCaseRun {
  readonly id: string;
  readonly operation: string;
  readonly title: string;
}

/**
 * Renders a contract report for a terminal (each failure with its check, operation, case, reason and curl line, then
 * a count per check), as JSON, or as JUnit XML (a testsuite per operation, a testcase per case; `cases` lists the
 * cases run, from `onCase`, so that passing ones appear too; without it only the failing ones do; the JSON form then
 * lists each case run as `results`).
 */
export function formatContractReport(report: ContractReport, format: ContractReportFormat, cases?: readonly ContractCaseRun[]): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(cases === undefined ? report : { ...report, results: caseResults(report, cases) }, null, 2)}\n`;
    case 'junit':
      return junit(report, cases);
    case 'stylish':
      return stylish(report);
  }
}

/** Each case run with whether it passed and the checks it failed: the JSON form's `results`, and `test()`'s. */
export function caseResults(report: ContractReport, cases: readonly ContractCaseRun[]): { id: string; operation: string; title: string; passed: boolean; failed: ContractCheck[] }[] {
  const failed = new Map<string, ContractCheck[]>();
  for (const failure of report.failures) failed.set(failure.case, [...(failed.get(failure.case) ?? []), failure.check]);
  return cases.map(({ id, operation, title }) => ({ id, operation, title, passed: !failed.has(id), failed: [...new Set(failed.get(id) ?? [])] }));
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f]+/g, ' ');
}

function stylish(report: ContractReport): string {
  const lines: string[] = [];
  for (const failure of report.failures) {
    lines.push(`✗ ${failure.check}  ${failure.operation}  ${oneLine(failure.title)}${failure.status !== undefined ? `  (${failure.status})` : ''}`);
    lines.push(`    ${oneLine(failure.reason)}`);
    lines.push(`    ${failure.curl}`);
    lines.push('');
  }
  const counts = new Map<string, number>();
  for (const failure of report.failures) counts.set(failure.check, (counts.get(failure.check) ?? 0) + 1);
  for (const check of CONTRACT_CHECKS) {
    const failed = counts.get(check);
    if (failed !== undefined) lines.push(`${check}: ${failed} failed`);
  }
  const failedCases = new Set(report.failures.map((failure) => failure.case)).size;
  lines.push(`${report.passed} passed, ${failedCases} failed, ${report.skipped.length} skipped (${report.cases} cases, ${report.requests} requests, ${report.operations} operations)`);
  if (report.stopped) lines.push(`stopped early: ${report.stopped === 'maxRequests' ? 'the request limit was reached' : 'the deadline passed'}`);
  return `${lines.join('\n')}\n`;
}

/** Text for XML content and attribute values: markup escaped, and characters XML 1.0 cannot carry replaced. */
export function xmlText(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`)
  );
}

function junit(report: ContractReport, cases?: readonly ContractCaseRun[]): string {
  const byOperation = new Map<string, Map<string, { title: string; failures: ContractFailure[] }>>();
  const caseOf = (operation: string, id: string, title: string) => {
    let suite = byOperation.get(operation);
    if (!suite) byOperation.set(operation, (suite = new Map()));
    let entry = suite.get(id);
    if (!entry) suite.set(id, (entry = { title, failures: [] }));
    return entry;
  };
  for (const run of cases ?? []) caseOf(run.operation, run.id, run.title);
  for (const failure of report.failures) caseOf(failure.operation, failure.case, failure.title).failures.push(failure);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = [...byOperation.values()].reduce((sum, suite) => sum + suite.size, 0);
  const failed = [...byOperation.values()].reduce((sum, suite) => sum + [...suite.values()].filter((entry) => entry.failures.length > 0).length, 0);
  out.push(`<testsuites name="specforge test" tests="${total}" failures="${failed}">`);
  for (const [operation, suite] of byOperation) {
    const suiteFailures = [...suite.values()].filter((entry) => entry.failures.length > 0).length;
    out.push(`  <testsuite name="${xmlText(operation)}" tests="${suite.size}" failures="${suiteFailures}" errors="0" skipped="0">`);
    for (const [id, entry] of suite) {
      const attributes = `name="${xmlText(`${id}: ${entry.title}`)}" classname="${xmlText(operation)}"`;
      if (entry.failures.length === 0) {
        out.push(`    <testcase ${attributes}/>`);
        continue;
      }
      out.push(`    <testcase ${attributes}>`);
      for (const failure of entry.failures) {
        const detail = `${failure.reason}${failure.status !== undefined ? ` (status ${failure.status})` : ''}\n${failure.curl}`;
        out.push(`      <failure type="${xmlText(failure.check)}" message="${xmlText(`${failure.check}: ${failure.reason}`)}">${xmlText(detail)}</failure>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
