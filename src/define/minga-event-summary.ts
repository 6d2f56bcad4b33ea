import { MingaEventSummary } from '../components/event-summary/event-summary.js';
import { defineElement } from '../internal/define.js';

defineElement('minga-event-summary', MingaEventSummary);

declare global {
  interface HTMLElementTagNameMap {
    'minga-event-summary': MingaEventSummary;
  }
}
