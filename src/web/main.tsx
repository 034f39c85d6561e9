// Entry point of the leader's web app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'virtual:tokens.css';
import './styles/base.css';
import { App } from './app/App.tsx';
import { startEarlyRequests } from './app/prefetch.ts';

startEarlyRequests(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
