/** Entry of the display renderer (served at /display/, or opened by the Electron shell). */
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@hallq/ui';
import '@hallq/ui/theme.css';
import './display.css';
import './hall-grid.css';
import './window-screen.css';
import { App } from './app';
import { dict } from './dict';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nProvider dict={dict}>
      <App />
    </I18nProvider>,
  );
}
