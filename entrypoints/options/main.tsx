import { render } from 'preact';
import '@/lib/ui/base.css';
import { OptionsPage } from './OptionsPage';

render(<OptionsPage />, document.getElementById('app')!);
