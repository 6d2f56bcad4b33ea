import { MingaAgenda } from '../components/agenda/agenda.js';
import { defineElement } from '../internal/define.js';

defineElement('minga-agenda', MingaAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'minga-agenda': MingaAgenda;
  }
}
