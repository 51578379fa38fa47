import 'cst-widgets';
import { createApp } from 'vue';
import App from './App.vue.js';

createApp(App).mount('#app');
