// Writing a benchmark's results into docs/performance.md: one "## " section per benchmark, replaced in place.

/** Replaces the section that starts with the same "## " heading, or appends it; other sections stay. */
export function putSection(markdown: string, section: string): string {
  const heading = section.split('\n', 1)[0]!;
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading.trim());
  if (start < 0) return markdown.replace(/\n*$/, '\n\n') + section.replace(/\n*$/, '\n');
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  return [...lines.slice(0, start), ...section.replace(/\n*$/, '').split('\n'), '', ...lines.slice(end)].join(
    '\n',
  );
}
