/** Entry of the caller renderer (served at /caller/, or opened by the Electron shell). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@hallq/ui/theme.css';
import './caller.css';
import { App } from './app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
