import type { Block, ReportDocument, ReportTable, Span } from './report_document.js';

const spans = (line: readonly Span[]) => line.map((span) => (span.strong ? `**${span.text}**` : span.text)).join('');

function table({ columns, rows }: ReportTable): string[] {
  const brief = columns.flatMap((column, index) => (column.brief ? [index] : []));
  const header = brief.map((index) => {
    const column = columns[index]!;
    return column.highlighted ? `**${column.label}**` : column.label;
  });
  return [
    `|${header.map((label) => (label ? ` ${label} ` : ' ')).join('|')}|`,
    `|${brief.map((index) => (columns[index]!.align === 'right' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${brief.map((index) => {
      const cell = row[index]!;
      return cell.baseline ? `${cell.text} *(baseline)*` : cell.text;
    }).join(' | ')} |`),
  ];
}

function block(content: Block): string[] {
  switch (content.kind) {
    case 'lines': return content.lines.map(spans);
    case 'list': return content.items.map((item) => `- ${spans(item)}`);
    case 'table': return table(content.table);
  }
}

/** The report as Markdown: what the agents answer and `btp report --md` prints. */
export function renderMarkdown(document: ReportDocument): string {
  const lines = [`# ${document.title}`, '', document.subtitle, ''];
  document.sections.forEach((section, index) => {
    lines.push(`## ${section.title}`, '');
    section.blocks.forEach((content, position) => {
      if (position > 0) lines.push('');
      lines.push(...block(content));
    });
    if (index < document.sections.length - 1) lines.push('');
  });
  return lines.join('\n');
}
