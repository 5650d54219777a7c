import { useEffect, useRef } from 'preact/hooks';
import type { AnswerError } from '../instruments/answers';
import { questionId } from './QuestionField';

/** The list of problems at the top of a form, each linking to its question. Takes focus when shown. */
export function ErrorSummary({ errors }: { errors: AnswerError[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.itemId}>
            <a href={`#${questionId(error.itemId)}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
