// `npm run bench:analyzer`: runs the analyzer benchmarks and writes their sections into docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchAgreementReader } from './agreement-reader.bench.ts';
import { putSection } from './doc-section.ts';

const doc = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

const sections: string[] = [await benchAgreementReader()];
const transcriptBench = new URL('./transcript.bench.ts', import.meta.url);
if (existsSync(fileURLToPath(transcriptBench))) {
  const mod = (await import(transcriptBench.href)) as { benchTranscripts?: () => Promise<string> };
  if (mod.benchTranscripts) sections.push(await mod.benchTranscripts());
}
let markdown = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
for (const section of sections) {
  markdown = putSection(markdown, section);
  console.log(section);
}
writeFileSync(doc, markdown);
