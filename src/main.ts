// Entry of index.html: mounts the dashboard. Nothing else runs at load.
import { mount } from 'svelte';
import App from './views/App.svelte';
import './styles/app.css';
import './styles/print.css';

mount(App, { target: document.getElementById('app')! });
