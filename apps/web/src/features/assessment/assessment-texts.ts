import kk from '../../locales/kk/assessment.json';
import ru from '../../locales/ru/assessment.json';
import { registerNamespace } from '../../lib/i18n';

// The quiz's texts come with its lazily loaded chunks, not with the app's first download.
registerNamespace('assessment', { kk, ru });
