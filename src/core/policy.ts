// Who may do what. Services ask these questions; the answers are the authorisation matrix of the product.
import type { Role } from './user.ts';

export interface Actor {
  userId: string;
  role: Role;
  teamId: string | null;
}

/** A leader sees and edits only their own conversations; admins manage users but do not read content. */
export function canReadConversation(actor: Actor, conversation: { leaderId: string }): boolean {
  return actor.userId === conversation.leaderId;
}

/** Only the conversation's own leader changes it. */
export function canEditConversation(actor: Actor, conversation: { leaderId: string }): boolean {
  return actor.userId === conversation.leaderId;
}

/** Every signed-in role may lead conversations of their own. */
export function canCreateConversation(_actor: Actor): boolean {
  return true;
}

/** Users, teams and conversation types are managed by administrators. */
export function canManageOrganisation(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Aggregates of a team (no content): its coach, or an administrator. */
export function canSeeTeamStatistics(actor: Actor, teamId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'coach' && actor.teamId === teamId);
}

/**
 * The coach's view: a leader sees their own figures (and their team's average beside them); a coach their
 * team's and its leaders'; an administrator everything, aggregated. `teamId` is the scope's team.
 */
export function canSeeInsight(
  actor: Actor,
  scope: { kind: 'team' | 'leader' | 'organisation'; id: string },
  teamId: string | null,
): boolean {
  if (actor.role === 'admin') return true;
  if (scope.kind === 'leader' && scope.id === actor.userId) return true;
  if (actor.role === 'coach' && scope.kind !== 'organisation')
    return teamId !== null && teamId === actor.teamId;
  return false;
}
