import kk from '../../locales/kk/grading.json';
import ru from '../../locales/ru/grading.json';
import { registerNamespace } from '../../lib/i18n';

// The results and grading pages' texts come with their lazily loaded chunks, not the first download.
registerNamespace('grading', { kk, ru });
