/** Entry of the supervisor screen (served at /supervisor/). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@hallq/ui/theme.css';
import './supervisor.css';
import './rollup.css';
import { App } from './app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
