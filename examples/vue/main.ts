// minga-widgets in a Vue 3 app: the agenda in a template, typed by minga-widgets/types/vue.
import { createApp } from 'vue';
import 'minga-widgets/define/minga-agenda.js'; // registers <minga-agenda>
import App from './App.vue';

createApp(App).mount('#app');
