import { render } from 'preact';
import '@/lib/ui/base.css';
import './dashboard.css';
import { DashboardPage } from './DashboardPage';

render(<DashboardPage />, document.getElementById('app')!);
