// Vite build of the leader's web app. Output goes to dist/web at the repo root, which the server serves
// with an SPA fallback; in development /api is proxied to the backend.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * The voorbeeld theme ships 200 KB of custom properties; the app uses a few dozen. This plugin serves
 * `virtual:tokens.css` with only the tokens our own stylesheets reference, followed transitively.
 */
function themeTokens(): Plugin {
  const id = 'virtual:tokens.css';
  const resolved = '\0' + id + '.css';
  return {
    name: 'sluitstuk-theme-tokens',
    resolveId: (source) => (source === id ? resolved : null),
    load(loadId) {
      if (loadId !== resolved) return null;
      const themePath = require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css');
      const theme = new Map<string, string>();
      for (const match of readFileSync(themePath, 'utf8').matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm)) {
        theme.set(match[1]!, match[2]!.trim());
      }
      const stylesDir = join(here, 'styles');
      const wanted: string[] = [];
      for (const file of readdirSync(stylesDir)) {
        if (!file.endsWith('.css')) continue;
        this.addWatchFile(join(stylesDir, file));
        for (const match of readFileSync(join(stylesDir, file), 'utf8').matchAll(/var\((--[\w-]+)/g)) {
          wanted.push(match[1]!);
        }
      }
      const kept = new Map<string, string>();
      while (wanted.length > 0) {
        const name = wanted.pop()!;
        const value = theme.get(name);
        if (value === undefined || kept.has(name)) continue;
        kept.set(name, value);
        for (const match of value.matchAll(/var\((--[\w-]+)/g)) wanted.push(match[1]!);
      }
      const lines = [...kept].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `  ${k}: ${v};`);
      return `/* Voorbeeld theme tokens (EUPL-1.2, NL Design System), the subset in use. */\n:root {\n${lines.join('\n')}\n}\n`;
    },
  };
}

/**
 * Writes .br and .gz beside every text asset, so a server (or proxy) can send them precompressed
 * (@fastify/static's `preCompressed`) instead of compressing on every request or not at all.
 * It compresses the files as written to disk: in generateBundle the chunks still hold placeholders
 * (`__VITE_PRELOAD__`) that Vite fills in later, and a browser given such a .br breaks on lazy routes.
 */
function precompress(): Plugin {
  return {
    name: 'sluitstuk-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? resolve(here, '../../dist/web');
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
        const path = join(outDir, fileName);
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        writeFileSync(path + '.gz', gzipSync(bytes, { level: 9 }));
        writeFileSync(path + '.br', brotliCompressSync(bytes));
      }
    },
  };
}

/**
 * The web app takes core's types and its zod-free constants (LIMITS, the text rules of core/limits.ts), never
 * zod: the schemas validate on the server. Fails the build when zod reaches a chunk anyway.
 */
function withoutZod(): Plugin {
  return {
    name: 'sluitstuk-without-zod',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const zod = Object.keys(chunk.modules).find((id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id));
        if (zod)
          this.error(
            `zod is in the web bundle (${chunk.fileName}, via ${zod}); import only core's constants.`,
          );
      }
    },
  };
}

// Core's and the analyzer's modules are pure (their top level only builds schemas, tables and constants): a
// module the web app takes nothing from is left out whole, zod's schemas with it.
const pureDirs = [resolve(here, '../core') + '/', resolve(here, '../analyzer') + '/'];

/**
 * The installable app: a web manifest and a Workbox service worker that precaches the whole app shell (every
 * file of the build), so after one visit the app opens and reloads without a network. It never caches API
 * answers: the leader's data lives in IndexedDB per user (src/web/offline), where signing out can remove it.
 * A new version waits until the leader agrees to reload (registerType 'prompt', app/update.ts).
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // Registered by the app itself (app/update.ts), after the first screen is up.
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
    manifest: {
      id: '/',
      name: 'Sluitstuk',
      short_name: 'Sluitstuk',
      description: 'Een gesprek goed afsluiten, in zeven stappen — ook zonder verbinding.',
      lang: 'nl',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#00568b',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // The .br/.gz copies are for the server to send; the worker keeps the plain files once.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // Every page of the app is index.html; the API, the participants' pages (/p/…) and the API docs are not.
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/p\//],
      cleanupOutdatedCaches: true,
      // The worker's own runtime is bundled into sw.js: nothing is loaded from elsewhere at run time.
      inlineWorkboxRuntime: true,
      sourcemap: false,
      // The analyzer's language chunk is large but part of the app: keep it offline too.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), themeTokens(), precompress(), withoutZod(), ...offlineApp()],
  build: {
    outDir: resolve(here, '../../dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !pureDirs.some((dir) => id.startsWith(dir)) },
    },
    // The budget is about what a leader's device downloads; a warning here is a signal, not noise.
    chunkSizeWarningLimit: 200,
  },
  server: {
    proxy: { '/api': process.env.SLUITSTUK_API ?? 'http://localhost:3000' },
  },
});
