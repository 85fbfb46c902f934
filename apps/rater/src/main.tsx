/** Entry of the rating pad (评价器), served at /rate/. */
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@hallq/ui';
import '@hallq/ui/theme.css';
import './rater.css';
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
