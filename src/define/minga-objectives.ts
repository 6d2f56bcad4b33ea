import { MingaObjectives } from '../components/objectives/objectives.js';
import { defineElement } from '../internal/define.js';

defineElement('minga-objectives', MingaObjectives);

declare global {
  interface HTMLElementTagNameMap {
    'minga-objectives': MingaObjectives;
  }
}
