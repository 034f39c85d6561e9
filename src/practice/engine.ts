// The practice conversation: the leader's turn is classified into moves, the persona's mood moves as the
// scenario says, and the persona answers in character. Pure and deterministic: the same scenario, seed and
// turns give the same conversation; the seed only chooses among a line's variants.
import { HARMFUL_MOVES, MAX_TURN_CHARS, classifyMoves, type Move, type MoveKind } from '../analyzer/index.ts';
import type { EndState, Scenario } from './schema.ts';

/** A scenario as the engine needs it (the web app gets it without rehearsals). */
export type PlayableScenario = Omit<Scenario, 'rehearsals'>;

export interface PracticeTurn {
  /** 1-based number of the leader's turn. */
  n: number;
  leader: string;
  moves: MoveKind[];
  /** The rule and words behind each move. */
  evidence: Move[];
  moodBefore: string;
  mood: string;
  reply: string;
  /** Set on the turn that ended the conversation. */
  end: EndState | null;
}

export interface PracticeState {
  scenarioId: string;
  seed: number;
  opening: string;
  turns: PracticeTurn[];
  mood: string;
  /** The mood's position on the scenario's scale: 0 is the calmest. */
  level: number;
  /** How many turns in a row the persona has been at the walk-out mood. */
  atWorst: number;
  questionRoundOpen: boolean;
  end: EndState | null;
}

export interface PlayOptions {
  /** Day of the conversation, 'YYYY-MM-DD' (agreements are read against it). */
  date?: string;
}

/** Which move the persona reacts to when a turn holds several with the same weight: the worst first. */
const REPLY_PRIORITY: MoveKind[] = [
  'blame',
  'argue',
  'overpromise',
  'jargon',
  'new_topic',
  'boundary',
  'acknowledge',
  'limit',
  'choice',
  'calm',
  'agreement',
  'summary',
  'next_steps',
  'question_round',
  'reachable',
  'feedback',
  'thanks',
  'open_question',
];

/** The most a single turn moves the mood, either way. */
const MAX_STEP = 2;

/** Speaker labels of the practice transcript. */
export function speakerLabels(scenario: Pick<Scenario, 'lang' | 'persona'>): {
  leader: string;
  persona: string;
} {
  const persona = scenario.persona.name.replace(/[:\r\n]+/g, ' ').trim() || 'Persona';
  return { leader: scenario.lang === 'nl' ? 'Gespreksleider' : 'Leader', persona };
}

/** FNV-1a: a small, stable hash to pick a variant of a line from the seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One of the lines, chosen by seed and place: the same inputs always choose the same line. */
export function pick<T>(items: readonly T[], seed: number, place: string): T {
  return items[hash(`${seed}:${place}`) % items.length]!;
}

// eslint-disable-next-line no-control-regex -- control characters and bidi overrides are taken out
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A turn as stored and shown: one line, without control characters, at most MAX_TURN_CHARS long. */
export function cleanTurn(text: string): string {
  return String(text ?? '')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TURN_CHARS);
}

/** The conversation before the leader's first turn: the persona opens it. */
export function startPractice(scenario: PlayableScenario, options: { seed?: number } = {}): PracticeState {
  const level = scenario.moods.indexOf(scenario.start);
  return {
    scenarioId: scenario.id,
    seed: Number.isSafeInteger(options.seed) ? options.seed! : 0,
    opening: scenario.opening,
    turns: [],
    mood: scenario.start,
    level: Math.max(0, level),
    atWorst: 0,
    questionRoundOpen: scenario.rules.questionRoundOpen ?? false,
    end: null,
  };
}

function replyLines(scenario: PlayableScenario, kind: MoveKind | 'default', mood: string): string[] | null {
  const perMood = scenario.replies[kind];
  return perMood?.[mood] ?? perMood?.any ?? null;
}

function chooseReply(
  scenario: PlayableScenario,
  kinds: MoveKind[],
  mood: string,
  seed: number,
  n: number,
): string {
  const weight = (kind: MoveKind) => Math.abs(scenario.effects[kind] ?? 0);
  // An open question that is also a closing move ("Hoe vond u ons gesprek?") is answered as the
  // closing move: the open question comes last, whatever its weight.
  const ordered = [...kinds].sort(
    (a, b) =>
      Number(a === 'open_question') - Number(b === 'open_question') ||
      weight(b) - weight(a) ||
      REPLY_PRIORITY.indexOf(a) - REPLY_PRIORITY.indexOf(b),
  );
  for (const kind of ordered) {
    const lines = replyLines(scenario, kind, mood);
    if (lines) return pick(lines, seed, `${n}:${kind}`);
  }
  return pick(replyLines(scenario, 'default', mood) ?? [scenario.opening], seed, `${n}:default`);
}

/** Whether every move a good closing of this scenario contains has been made. */
export function closingComplete(scenario: PlayableScenario, turns: { moves: MoveKind[] }[]): boolean {
  return scenario.closing.contains.every((kind) => turns.some((turn) => turn.moves.includes(kind)));
}

/** The state after the leader's turn. A conversation that has ended stays as it is. */
export function playTurn(
  scenario: PlayableScenario,
  state: PracticeState,
  text: string,
  options: PlayOptions = {},
): PracticeState {
  if (state.end) return state;
  const leader = cleanTurn(text);
  const n = state.turns.length + 1;
  const labels = speakerLabels(scenario);
  const reading = classifyMoves(leader, {
    lang: scenario.lang,
    ...(options.date ? { date: options.date } : {}),
    speaker: labels.leader,
    participants: [labels.leader, labels.persona],
    questionRoundOpen: state.questionRoundOpen,
  });
  const kinds = reading.kinds;
  const sum =
    kinds.length === 0
      ? (scenario.effects.none ?? 0)
      : kinds.reduce((total, kind) => total + (scenario.effects[kind] ?? 0), 0);
  const step = Math.max(-MAX_STEP, Math.min(MAX_STEP, sum));
  const worst = scenario.moods.length - 1;
  const level = Math.max(0, Math.min(worst, state.level + step));
  const mood = scenario.moods[level]!;
  const walkoutLevel = scenario.moods.indexOf(scenario.rules.walkout.mood);
  const atWorst = level >= walkoutLevel ? state.atWorst + 1 : 0;
  const turns = [...state.turns];
  const soFar = [...turns, { moves: kinds }];

  let end: EndState | null = null;
  // Thanks and goodbye close the conversation, except as a greeting in the very first turn.
  if (kinds.includes('thanks') && n > 1) {
    const calmEnough = level <= scenario.moods.indexOf(scenario.rules.goodAtMost);
    end = calmEnough && closingComplete(scenario, soFar) ? 'good' : 'weak';
  } else if (atWorst >= scenario.rules.walkout.after) end = 'broken_off';
  else if (n >= scenario.rules.maxTurns) end = 'out_of_time';

  let reply = end ? scenario.endings[end] : chooseReply(scenario, kinds, mood, state.seed, n);
  const warning = scenario.rules.timeWarning;
  if (!end && warning && warning.turn === n) reply = `${reply} ${warning.line}`;

  turns.push({ n, leader, moves: kinds, evidence: reading.moves, moodBefore: state.mood, mood, reply, end });
  return {
    ...state,
    turns,
    mood,
    level,
    atWorst,
    questionRoundOpen: state.questionRoundOpen || kinds.includes('question_round'),
    end,
  };
}

/** Plays the turns in order until the conversation ends; turns after the end are not played. */
export function playScript(
  scenario: PlayableScenario,
  turns: readonly string[],
  options: PlayOptions & { seed?: number } = {},
): PracticeState {
  let state = startPractice(scenario, options);
  for (const turn of turns) {
    if (state.end) break;
    state = playTurn(scenario, state, turn, options);
  }
  return state;
}

/** Whether a move makes the conversation worse. */
export const isHarmful = (kind: MoveKind): boolean => HARMFUL_MOVES.includes(kind);

export interface Suggestion {
  move: MoveKind;
  text: string;
}

/**
 * Up to three sentences for the beginner mode, for what this moment asks: calm the persona while upset (and
 * a boundary near the peak), explain the limit once, and then the closing in its order.
 */
export function suggest(scenario: PlayableScenario, state: PracticeState, limit = 3): Suggestion[] {
  if (state.end) return [];
  const used = new Set(state.turns.flatMap((turn) => turn.moves));
  const wanted: MoveKind[] = [];
  const calmAt = scenario.moods.indexOf(scenario.rules.goodAtMost);
  const worst = scenario.moods.length - 1;
  const upset = state.level > calmAt;
  const late = state.turns.length + 1 >= Math.max(2, scenario.rules.maxTurns - 3);
  const need = (kind: MoveKind) => {
    if (!wanted.includes(kind) && scenario.examples[kind]) wanted.push(kind);
  };
  if (state.turns.length === 0) need('acknowledge');
  if (upset) {
    if (state.level >= worst - 1 && !used.has('boundary')) need('boundary');
    need('acknowledge');
    need('calm');
  }
  for (const item of scenario.rubric)
    if ((item.check === 'once' || item.check === 'before_peak') && !item.moves.some((m) => used.has(m)))
      need(item.moves[0]!);
  if (!upset || late) {
    for (const kind of scenario.closing.contains) if (kind !== 'thanks' && !used.has(kind)) need(kind);
    if (closingComplete(scenario, [...state.turns, { moves: ['thanks'] }])) need('thanks');
  }
  if (wanted.length === 0) need('open_question');
  return wanted.slice(0, limit).map((move) => ({
    move,
    text: pick(scenario.examples[move]!, state.seed, `suggest:${state.turns.length}:${move}`),
  }));
}
