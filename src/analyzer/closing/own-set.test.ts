// Regression floor on our own closing set (test/fixtures/closings-own: 16 transcripts written for this
// purpose, not taken from the evaluation sets). Scored in-process the way the shared scorer does it:
// per-step presence F1 (macro), agreements by line, owner and deadline; the test fails on a drop.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { analyseTranscript, STEP_KEYS } from '../index.ts';

interface Gold {
  date: string;
  steps: Record<string, number[]>;
  agreements: { line: number; owner: string | null; deadline: string[] | null }[];
}

export interface SetScore {
  stepsMacroF1: number;
  agreementsF1: number;
  owner: number;
  deadline: number;
  falseAlarms: number;
  misses: string[];
}

const f1 = (tp: number, fp: number, fn: number): number => {
  const p = tp + fp === 0 ? null : tp / (tp + fp);
  const r = tp + fn === 0 ? null : tp / (tp + fn);
  return p === null || r === null || p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const norm = (s: string | null | undefined): string | null =>
  s == null ? null : s.trim().toLowerCase().replace(/\s+/g, ' ');
const sameName = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const x = norm(a);
  const y = norm(b);
  if (x === null || y === null) return x === y;
  return x === y || x.includes(y) || y.includes(x);
};

/** Scores a folder of transcripts with gold files, like `score.mjs closings DIR`. */
export function scoreSet(dir: string): SetScore {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  const step = Object.fromEntries(STEP_KEYS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
  const ag = { tp: 0, fp: 0, fn: 0, owner: 0, deadline: 0 };
  const misses: string[] = [];
  for (const name of names) {
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
    const file = ['.txt', '.vtt', '.srt'].map((e) => join(dir, name + e)).find((f) => existsSync(f))!;
    const a = analyseTranscript(file, readFileSync(file, 'utf8'), { date: gold.date });
    for (const s of STEP_KEYS) {
      const want = (gold.steps[s] ?? []).length > 0;
      const got = a.steps[s].present;
      const t = step[s]!;
      if (want && got) t.tp++;
      else if (got) {
        t.fp++;
        misses.push(`${name} ${s}: found but absent ${JSON.stringify(a.steps[s].lines)}`);
      } else if (want) {
        t.fn++;
        misses.push(`${name} ${s}: missed`);
      }
    }
    const left = [...a.agreements];
    for (const g of gold.agreements) {
      const i = left.findIndex((p) => p.line === g.line);
      if (i < 0) {
        ag.fn++;
        misses.push(`${name} agreement ${g.line}: missed`);
        continue;
      }
      const [p] = left.splice(i, 1);
      ag.tp++;
      if (sameName(p!.owner, g.owner)) ag.owner++;
      else misses.push(`${name} agreement ${g.line}: owner ${p!.owner} want ${g.owner}`);
      const d = p!.deadline?.date ?? null;
      if (g.deadline === null ? d === null : d !== null && g.deadline.includes(d.slice(0, 10))) ag.deadline++;
      else misses.push(`${name} agreement ${g.line}: deadline ${d} want ${JSON.stringify(g.deadline)}`);
    }
    for (const p of left) {
      ag.fp++;
      misses.push(`${name} agreement ${p.line}: not an agreement`);
    }
  }
  const stepsMacroF1 =
    STEP_KEYS.reduce((sum, s) => sum + f1(step[s]!.tp, step[s]!.fp, step[s]!.fn), 0) / STEP_KEYS.length;
  return {
    stepsMacroF1,
    agreementsF1: f1(ag.tp, ag.fp, ag.fn),
    owner: ag.tp ? ag.owner / ag.tp : 0,
    deadline: ag.tp ? ag.deadline / ag.tp : 0,
    falseAlarms: STEP_KEYS.reduce((sum, s) => sum + step[s]!.fp, 0),
    misses,
  };
}

const OWN = fileURLToPath(new URL('../../../test/fixtures/closings-own', import.meta.url));

test('own closing set stays above its floor', (t) => {
  const r = scoreSet(OWN);
  for (const m of r.misses) t.diagnostic(m);
  t.diagnostic(
    `steps ${r.stepsMacroF1.toFixed(3)} agreements ${r.agreementsF1.toFixed(3)} owner ${r.owner.toFixed(3)} deadline ${r.deadline.toFixed(3)}`,
  );
  assert.ok(r.stepsMacroF1 >= STEPS_FLOOR, `steps macro-F1 ${r.stepsMacroF1.toFixed(3)} < ${STEPS_FLOOR}`);
  assert.ok(
    r.agreementsF1 >= AGREEMENTS_FLOOR,
    `agreements F1 ${r.agreementsF1.toFixed(3)} < ${AGREEMENTS_FLOOR}`,
  );
});

test('the floor can fail: the same transcripts against inverted gold score below it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'closings-inverted-'));
  try {
    for (const f of readdirSync(OWN)) {
      const text = readFileSync(join(OWN, f), 'utf8');
      if (!f.endsWith('.gold.json')) writeFileSync(join(dir, f), text);
      else {
        const gold = JSON.parse(text) as Gold;
        for (const s of STEP_KEYS) gold.steps[s] = (gold.steps[s] ?? []).length > 0 ? [] : [1];
        gold.agreements = gold.agreements.map((g) => ({ ...g, line: g.line + 1000 }));
        writeFileSync(join(dir, f), JSON.stringify(gold));
      }
    }
    const r = scoreSet(dir);
    assert.ok(r.stepsMacroF1 < STEPS_FLOOR);
    assert.ok(r.agreementsF1 < AGREEMENTS_FLOOR);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const STEPS_FLOOR = 0.97;
const AGREEMENTS_FLOOR = 0.93;
