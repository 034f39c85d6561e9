import {
  AppError,
  CONVERSATION_MODES,
  type ConversationMode,
  type ConversationType,
  type NextStepTemplate,
} from '../../core/index.ts';
import type { Executor } from './executor.ts';
import type { ConversationTypeTable } from '../tables.ts';
import { isUniqueViolation } from './errors.ts';
import { bit, bool, fromJson } from './json.ts';

function toType(row: ConversationTypeTable): ConversationType {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    // Templates stored before statutory rules existed have no `legal` yet.
    nextSteps: fromJson<NextStepTemplate[]>(row.next_steps, []).map((step) => ({
      ...step,
      legal: step.legal ?? null,
    })),
    mode: (CONVERSATION_MODES as readonly string[]).includes(row.mode ?? '')
      ? (row.mode as ConversationMode)
      : null,
    feedbackQuestions: fromJson<string[]>(row.feedback_questions, []),
    archived: bool(row.archived),
  };
}

/** Conversation types and their next-step templates. */
export function conversationTypesRepository(db: Executor) {
  return {
    /** All types, by name. */
    async list(): Promise<ConversationType[]> {
      const rows = await db
        .selectFrom('conversation_types')
        .selectAll()
        .orderBy('name')
        .orderBy('id')
        .execute();
      return rows.map(toType);
    },
    /** One type, or null. */
    async find(id: string): Promise<ConversationType | null> {
      const row = await db
        .selectFrom('conversation_types')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toType(row) : null;
    },
    /** Adds a type; a taken key is a conflict. */
    async create(type: ConversationType, createdAt: string): Promise<void> {
      try {
        await db
          .insertInto('conversation_types')
          .values({
            id: type.id,
            key: type.key,
            name: type.name,
            description: type.description,
            next_steps: JSON.stringify(type.nextSteps),
            mode: type.mode,
            feedback_questions: JSON.stringify(type.feedbackQuestions),
            archived: bit(type.archived),
            created_at: createdAt,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('conflict', { field: 'key' });
        throw error;
      }
    },
    /** Changes the given fields of a type. */
    async update(
      id: string,
      patch: Partial<
        Pick<
          ConversationType,
          'name' | 'description' | 'nextSteps' | 'mode' | 'feedbackQuestions' | 'archived'
        >
      >,
    ): Promise<void> {
      const values = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.nextSteps !== undefined ? { next_steps: JSON.stringify(patch.nextSteps) } : {}),
        ...(patch.mode !== undefined ? { mode: patch.mode } : {}),
        ...(patch.feedbackQuestions !== undefined
          ? { feedback_questions: JSON.stringify(patch.feedbackQuestions) }
          : {}),
        ...(patch.archived !== undefined ? { archived: bit(patch.archived) } : {}),
      };
      if (Object.keys(values).length === 0) return;
      await db.updateTable('conversation_types').set(values).where('id', '=', id).execute();
    },
  };
}
