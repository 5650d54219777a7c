import { render } from 'preact';
import '@/lib/ui/base.css';
import './popup.css';
import { PulsePage } from './PulsePage';

render(<PulsePage />, document.getElementById('app')!);
