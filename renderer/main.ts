import './styles/app.css';
import './grid/indicator-grid.css';
import { startApplication } from './app/application';

void startApplication(document.getElementById('app')!);
