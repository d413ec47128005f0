import type { Finding } from '../lint/finding.js';

export const FINDING_FORMATS = ['text', 'json', 'github'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

/** Renders findings for a terminal (`file:line:col severity rule message`), as a JSON array, or as GitHub Actions annotations. */
export function formatFindings(findings: readonly Finding[], format: FindingFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(findings, null, 2)}\n`;
    case 'github':
      return findings.map(githubAnnotation).join('');
    case 'text':
      return findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule} ${oneLine(f.message)}\n`).join('');
  }
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the workflow-command syntax requires. */
function githubAnnotation(f: Finding): string {
  const level = f.severity === 'error' ? 'error' : 'warning';
  const properties = [`file=${property(f.file)}`, `line=${f.line}`, `col=${f.col}`, `title=${property(f.rule)}`].join(',');
  return `::${level} ${properties}::${data(f.message)}\n`;
}

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
