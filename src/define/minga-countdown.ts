import { MingaCountdown } from '../components/countdown/countdown.js';
import { defineElement } from '../internal/define.js';

defineElement('minga-countdown', MingaCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'minga-countdown': MingaCountdown;
  }
}
