import { render } from 'preact';
import '@/lib/ui/base.css';
import { QuestionnairePage } from './QuestionnairePage';

const instrumentId = new URLSearchParams(location.search).get('instrument') ?? '';
render(<QuestionnairePage instrumentId={instrumentId} />, document.getElementById('app')!);
