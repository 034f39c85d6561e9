// The practice routes of the API (docs/api.md), typed with the shapes of core and practice (types only).
import type { PracticeAttemptSummary, TeamPractice } from '../../core/index.ts';
import type { Debrief, PreparationCard, PublicScenario } from '../../practice/index.ts';
import { request } from '../api/index.ts';

export interface ScenarioSummary {
  id: string;
  title: string;
  lang: 'nl' | 'en';
  setting: PublicScenario['setting'];
  summary: string;
  persona: string;
  conversationType: string | null;
  card: string;
}

export interface CardSummary {
  id: string;
  lang: 'nl' | 'en';
  title: string;
  conversationType: string | null;
}

const enc = encodeURIComponent;

/** The calls of the practice screens. */
export const practiceApi = {
  scenarios: () => request<ScenarioSummary[]>('GET', '/practice/scenarios'),
  scenario: (id: string) =>
    request<{ scenario: PublicScenario; card: PreparationCard }>('GET', `/practice/scenarios/${enc(id)}`),
  cards: (type?: string) => request<CardSummary[]>('GET', '/practice/cards', { query: { type } }),
  card: (id: string) =>
    request<{ card: PreparationCard; scenarios: { id: string; title: string }[] }>(
      'GET',
      `/practice/cards/${enc(id)}`,
    ),
  attempts: (scenarioId?: string) =>
    request<PracticeAttemptSummary[]>('GET', '/practice/attempts', { query: { scenarioId } }),
  save: (body: { scenarioId: string; seed: number; beginner: boolean; turns: string[] }) =>
    request<{ attempt: PracticeAttemptSummary; debrief: Debrief }>('POST', '/practice/attempts', { body }),
  share: (id: string, shared: boolean) =>
    request<PracticeAttemptSummary>('PATCH', `/practice/attempts/${enc(id)}`, { body: { shared } }),
  remove: (id: string) => request<void>('DELETE', `/practice/attempts/${enc(id)}`),
  team: (teamId: string) => request<TeamPractice>('GET', `/teams/${enc(teamId)}/practice`),
};
