// Plays a scenario's scripted rehearsals and says what does not behave as the trainer wrote: a run that ends
// otherwise than expected, or a good run that does not score higher on every part than a poorer one.
import { practiceFileText, type Lang } from '../i18n/index.ts';
import { debrief, type Debrief } from './debrief.ts';
import { playScript } from './engine.ts';
import type { FileProblem } from './parse.ts';
import { SCORE_PARTS, type Scenario } from './schema.ts';

export interface RehearsalRun {
  name: string;
  expect: string;
  debrief: Debrief;
}

/** Every rehearsal of the scenario, played and debriefed. */
export function runRehearsals(scenario: Scenario, date?: string): RehearsalRun[] {
  return (scenario.rehearsals ?? []).map((rehearsal) => {
    const state = playScript(scenario, rehearsal.turns, date ? { date } : {});
    return {
      name: rehearsal.name,
      expect: rehearsal.expect,
      debrief: debrief(scenario, state, date ? { date } : {}),
    };
  });
}

/** What the rehearsals show to be wrong with the scenario (empty when all behave). */
export function rehearsalProblems(scenario: Scenario, lang: Lang = 'nl', date?: string): FileProblem[] {
  const runs = runRehearsals(scenario, date);
  const problems: FileProblem[] = [];
  runs.forEach((run, i) => {
    if (run.debrief.end !== run.expect)
      problems.push({
        field: `rehearsals[${i + 1}]`,
        message: practiceFileText(lang, 'practice.problem.rehearsal', {
          name: run.name,
          got: run.debrief.end,
          expected: run.expect,
        }),
      });
  });
  for (const good of runs.filter((r) => r.expect === 'good'))
    for (const poor of runs.filter((r) => r.expect !== 'good'))
      for (const part of SCORE_PARTS)
        if (good.debrief.score[part] <= poor.debrief.score[part])
          problems.push({
            field: 'rehearsals',
            message: practiceFileText(lang, 'practice.problem.rehearsal_order', {
              part,
              good: good.debrief.score[part],
              poor: poor.debrief.score[part],
            }),
          });
  return problems;
}
