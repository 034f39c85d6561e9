// The move classifier's public surface: which kinds of moves a conversation leader makes in one turn.
export { MOVE_KINDS, HARMFUL_MOVES } from './types.ts';
export type { MoveKind, Move, MoveReading, ClassifyOptions, MoveRule, MoveTable } from './types.ts';
export { classifyMoves, moveRules, MAX_TURN_CHARS, SMART_AGREEMENT_RULE } from './classify.ts';
