/** Entry of the admin console (served at /admin/). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@hallq/ui/theme.css';
import './admin.css';
import { App } from './app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
