import { QuestionReview } from '../features/assessment/components/question-review';
import { AttemptGradingPage } from '../features/grading/components/attempt-grading-page';

/**
 * An attempt as its instructors see it. Features never import each other, so the route joins
 * the grading page with the assessment feature's review of each question.
 */
export function StudioAttemptRoute() {
  return <AttemptGradingPage QuestionReview={QuestionReview} />;
}
