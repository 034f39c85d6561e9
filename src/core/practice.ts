// Practice attempts as the domain sees them: a leader's scored attempt at a scenario, and what the coach of a
// team may see of them (aggregates of what leaders chose to share, never the conversations).
import type { Actor } from './policy.ts';

export interface PracticeScores {
  total: number;
  tension: number;
  clarity: number;
  closing: number;
}

export interface PracticeAttempt {
  id: string;
  userId: string;
  scenarioId: string;
  scenarioTitle: string;
  lang: 'nl' | 'en';
  seed: number;
  beginner: boolean;
  /** What the leader said, turn by turn (the engine replays the rest). */
  turns: string[];
  end: string;
  score: PracticeScores;
  createdAt: string;
  /** Shared with the coach of the team the leader was in when sharing. */
  shared: boolean;
  sharedAt: string | null;
}

/** An attempt without the leader's words, for lists and charts. */
export type PracticeAttemptSummary = Omit<PracticeAttempt, 'turns' | 'userId'>;

/** Per scenario, the shared attempts of a team in numbers: no names, no words. */
export interface TeamPracticeScenario {
  scenarioId: string;
  title: string;
  attempts: number;
  leaders: number;
  /** Average score per part over the shared attempts. */
  average: PracticeScores;
  /** How the shared attempts ended. */
  ends: Record<string, number>;
  /** Average gain in total score from a leader's first to latest shared attempt (leaders with two or more). */
  improvement: number | null;
}

export interface TeamPractice {
  teamId: string;
  /** Leaders of the team who shared at least one attempt. */
  leadersSharing: number;
  attempts: number;
  scenarios: TeamPracticeScenario[];
}

/** Only the coach of the team sees what its leaders shared of their practice (not an administrator). */
export function canSeeTeamPractice(actor: Actor, teamId: string): boolean {
  return actor.role === 'coach' && actor.teamId === teamId;
}
