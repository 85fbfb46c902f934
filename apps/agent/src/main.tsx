/** Entry of the village agent's page (代办员), served at /agent/. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@hallq/ui';
import '@hallq/ui/theme.css';
import './agent.css';
import { App } from './app';
import { dict } from './dict';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider dict={dict}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
