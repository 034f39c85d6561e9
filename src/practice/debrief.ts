// The debrief of a practice conversation: the same seven-step analysis as a real transcript
// (analyseTranscript) plus the scenario's rubric, a score per part, two or three tips tied to the turns that
// caused them, and the transcript with those turns marked.
import { analyseTranscript, type MoveKind, type StepKey } from '../analyzer/index.ts';
import { analyzerText } from '../i18n/index.ts';
import { isHarmful, speakerLabels, type PlayableScenario, type PracticeState } from './engine.ts';
import type { EndState, RubricItem, ScorePart } from './schema.ts';

/** How the debrief reads each rubric item. */
export interface RubricResult {
  id: string;
  part: Exclude<ScorePart, 'closing'>;
  label: string;
  /** 0–1. */
  score: number;
  /** The turn that cost points (the first miss), or null. */
  turn: number | null;
  /** Turns where the item was met. */
  met: number[];
}

export interface Tip {
  /** `rubric:<id>` or `closing:<analyzer tip code>`. */
  code: string;
  part: ScorePart;
  /** The leader's turn the tip is about, or null when it is about the conversation as a whole. */
  turn: number | null;
  text: string;
}

export interface TranscriptLine {
  /** 1-based line of the practice transcript (the same numbering the seven-step analysis cites). */
  line: number;
  who: 'leader' | 'persona';
  name: string;
  text: string;
  /** The leader's turn this line belongs to (the persona's reply belongs to the turn it answers). */
  turn: number | null;
  moves: MoveKind[];
  harmful: MoveKind[];
  /** The persona's mood after this line (persona lines only). */
  mood: string | null;
  /** Numbers (1-based) of the tips about this turn (leader lines only). */
  tips: number[];
  /** Ids of the rubric items met in this turn (leader lines only). */
  met: string[];
}

export interface PracticeScore {
  total: number;
  tension: number;
  clarity: number;
  closing: number;
}

export interface Debrief {
  end: EndState;
  score: PracticeScore;
  rubric: RubricResult[];
  closing: {
    /** The seven-step analysis of the transcript (0–100), as for a real conversation. */
    analysisScore: number;
    steps: Record<StepKey, boolean>;
    /** What a good closing of this scenario contains, and the turn where each happened. */
    contains: { move: MoveKind; turn: number | null }[];
  };
  tips: Tip[];
  transcript: TranscriptLine[];
}

/** Which closing step each closing move belongs to. */
const STEP_OF_MOVE: Partial<Record<MoveKind, StepKey>> = {
  summary: 'summary',
  agreement: 'agreements',
  next_steps: 'expectations',
  question_round: 'questions',
  reachable: 'contact',
  feedback: 'feedback',
  thanks: 'thanks',
};

const DEFAULT_DAY = '2026-01-05';

/** The practice conversation as a .txt transcript ("Name: text" per line). */
export function practiceTranscript(scenario: PlayableScenario, state: PracticeState): string {
  const { leader, persona } = speakerLabels(scenario);
  const lines = [`${persona}: ${state.opening}`];
  for (const turn of state.turns) lines.push(`${leader}: ${turn.leader}`, `${persona}: ${turn.reply}`);
  return lines.join('\n') + '\n';
}

function evaluate(item: RubricItem, scenario: PlayableScenario, state: PracticeState): RubricResult {
  const level = (mood: string) => scenario.moods.indexOf(mood);
  const has = (turn: { moves: MoveKind[] }, kinds: MoveKind[]) => kinds.some((k) => turn.moves.includes(k));
  const turns = state.turns;
  const firstWith = (kinds: MoveKind[]) => firstMove(state, kinds);
  // The moment a missing move was most needed: the first turn at the persona's most upset.
  const mostNeeded = () => {
    let worst: number | null = null;
    let worstLevel = -1;
    for (const t of turns)
      if (level(t.moodBefore) > worstLevel) {
        worstLevel = level(t.moodBefore);
        worst = t.n;
      }
    return worst;
  };
  const base = { id: item.id, part: item.part, label: item.label };
  switch (item.check) {
    case 'respond': {
      const from = level(item.moodAtLeast!);
      const chances = turns.filter((t) => level(t.moodBefore) >= from);
      const met = chances.filter((t) => has(t, item.moves)).map((t) => t.n);
      const missed = chances.find((t) => !has(t, item.moves));
      return {
        ...base,
        score: chances.length ? met.length / chances.length : 1,
        turn: missed?.n ?? null,
        met,
      };
    }
    case 'before_peak': {
      const peak = turns.find((t) => level(t.mood) >= level(item.peak!))?.n ?? null;
      const move = firstWith(item.moves);
      if (peak === null) return { ...base, score: 1, turn: null, met: move ? [move] : [] };
      const score = move !== null && move < peak ? 1 : move === peak ? 0.5 : 0;
      return {
        ...base,
        score,
        turn: score < 1 ? peak : null,
        met: move !== null && move <= peak ? [move] : [],
      };
    }
    case 'once': {
      const move = firstWith(item.moves);
      if (move !== null) return { ...base, score: 1, turn: null, met: [move] };
      return { ...base, score: 0, turn: mostNeeded(), met: [] };
    }
    case 'avoid': {
      const bad = turns.filter((t) => has(t, item.moves)).map((t) => t.n);
      return { ...base, score: Math.max(0, 1 - 0.5 * bad.length), turn: bad[0] ?? null, met: [] };
    }
    case 'order': {
      const then = firstWith(item.moves);
      const first = firstWith(item.first!);
      if (then === null) return { ...base, score: 0, turn: mostNeeded(), met: [] };
      const ok = first !== null && first <= then;
      return { ...base, score: ok ? 1 : 0, turn: ok ? null : then, met: ok ? [then] : [] };
    }
  }
}

/** The first turn holding one of the moves, or null. */
function firstMove(state: PracticeState, kinds: MoveKind[]): number | null {
  return state.turns.find((t) => kinds.some((k) => t.moves.includes(k)))?.n ?? null;
}

const percent = (values: number[]) =>
  values.length === 0 ? 0 : Math.round((100 * values.reduce((a, b) => a + b, 0)) / values.length);

/** The debrief of a finished (or stopped) practice conversation. */
export function debrief(
  scenario: PlayableScenario,
  state: PracticeState,
  options: { date?: string } = {},
): Debrief {
  const { leader, persona } = speakerLabels(scenario);
  const rubric = scenario.rubric.map((item) => evaluate(item, scenario, state));
  const analysis = analyseTranscript('practice.txt', practiceTranscript(scenario, state), {
    date: options.date ?? DEFAULT_DAY,
    leader,
    lang: scenario.lang,
  });
  const contains = scenario.closing.contains.map((move) => ({
    move,
    turn: state.turns.find((t) => t.moves.includes(move))?.n ?? null,
  }));
  const covered = contains.filter((c) => c.turn !== null).length / contains.length;
  const part = (name: 'tension' | 'clarity') =>
    percent(rubric.filter((r) => r.part === name).map((r) => r.score));
  const closing = Math.round((analysis.score + 100 * covered) / 2);
  const tension = part('tension');
  const clarity = part('clarity');
  const score = { total: Math.round((tension + clarity + closing) / 3), tension, clarity, closing };

  // Tips: the scenario's own first (the worst items), then the closing, two or three in all.
  const lastTurn = state.turns.length > 0 ? state.turns[state.turns.length - 1]!.n : null;
  // An order item whose later move never came says the same as a missed `once` item about those moves:
  // one tip for one omission, so the few tips there are each say something else.
  const missedOnce = scenario.rubric.filter((item, i) => item.check === 'once' && rubric[i]!.score === 0);
  const repeatsMissed = (item: RubricItem) =>
    item.check === 'order' &&
    firstMove(state, item.moves) === null &&
    missedOnce.some((once) => item.moves.every((m) => once.moves.includes(m)));
  const rubricTips: Tip[] = rubric
    .map((r, index) => ({ r, index }))
    .filter(({ r, index }) => r.score < 1 && !repeatsMissed(scenario.rubric[index]!))
    .sort((a, b) => a.r.score - b.r.score || a.index - b.index)
    .map(({ r, index }) => ({
      code: `rubric:${r.id}`,
      part: r.part,
      turn: r.turn,
      text: scenario.rubric[index]!.tip,
    }));
  const wantedSteps = new Set(contains.map((c) => STEP_OF_MOVE[c.move]).filter(Boolean));
  const closingTips: Tip[] = [];
  for (const tip of analysis.tips) {
    if (tip.step !== null && !wantedSteps.has(tip.step)) continue;
    let turn = lastTurn;
    if (tip.code === 'agreement_deadline' || tip.code === 'agreement_owner') {
      const agreement = analysis.agreements.find((a) =>
        tip.code === 'agreement_deadline' ? !a.smart.timeBound : !a.smart.owner,
      );
      // Leader lines are even; a tip about what the persona promised is no tip for the leader.
      if (!agreement || agreement.line % 2 === 1) continue;
      turn = agreement.line / 2;
    }
    // In the scenario's language, as its own tips are.
    const text = analyzerText(scenario.lang, 'tip', tip.code, tip.params);
    closingTips.push({ code: `closing:${tip.code}`, part: 'closing', turn, text });
  }
  const tips = [...rubricTips.slice(0, 2), ...closingTips.slice(0, 1)];
  for (const extra of [...rubricTips.slice(2), ...closingTips.slice(1)])
    if (tips.length < 3) tips.push(extra);

  const transcript: TranscriptLine[] = [
    {
      line: 1,
      who: 'persona',
      name: persona,
      text: state.opening,
      turn: null,
      moves: [],
      harmful: [],
      mood: scenario.start,
      tips: [],
      met: [],
    },
  ];
  for (const turn of state.turns) {
    transcript.push({
      line: 2 * turn.n,
      who: 'leader',
      name: leader,
      text: turn.leader,
      turn: turn.n,
      moves: turn.moves,
      harmful: turn.moves.filter(isHarmful),
      mood: null,
      tips: tips.flatMap((tip, i) => (tip.turn === turn.n ? [i + 1] : [])),
      met: rubric.filter((r) => r.met.includes(turn.n)).map((r) => r.id),
    });
    transcript.push({
      line: 2 * turn.n + 1,
      who: 'persona',
      name: persona,
      text: turn.reply,
      turn: turn.n,
      moves: [],
      harmful: [],
      mood: turn.mood,
      tips: [],
      met: [],
    });
  }
  const steps = Object.fromEntries(
    Object.entries(analysis.steps).map(([key, finding]) => [key, finding.present]),
  ) as Record<StepKey, boolean>;
  return {
    end: state.end ?? 'unfinished',
    score,
    rubric,
    closing: { analysisScore: analysis.score, steps, contains },
    tips,
    transcript,
  };
}
