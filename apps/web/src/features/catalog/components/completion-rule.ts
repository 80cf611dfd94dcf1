import type { LessonViewResponse } from '@bilikti/contracts';

/**
 * How the server decides that a lesson is done; the player offers the matching control.
 * `mark_done`: the learner says so after opening it (text, and videos that are not uploaded in
 * both languages: a link to another site cannot report playback). `open`: opening it (PDF).
 * `watch`: watching 90% of the uploaded video. `assessment`: passing its test (later).
 */
export type CompletionRule = 'mark_done' | 'open' | 'watch' | 'assessment';

export function completionRuleOf(lesson: Pick<LessonViewResponse, 'type' | 'content'>): CompletionRule {
  switch (lesson.type) {
    case 'text':
      return 'mark_done';
    case 'document':
      return 'open';
    case 'assessment':
      return 'assessment';
    case 'video':
      return lesson.content.kk.mediaId && lesson.content.ru.mediaId ? 'watch' : 'mark_done';
  }
}
