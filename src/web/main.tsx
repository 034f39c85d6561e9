// Entry point of the leader's web app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'virtual:tokens.css';
import './styles/base.css';
import './styles/offline.css';
import { App } from './app/App.tsx';
import { startEarlyRequests } from './app/prefetch.ts';
import { startServiceWorker } from './app/update.ts';

startEarlyRequests(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// After the first screen: the worker's install (downloading the app shell) does not compete with it.
startServiceWorker();
