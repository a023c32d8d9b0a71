import { defineConfig } from 'vite';

/** The interface, built into renderer/dist for the Electron window and the browser mode alike. */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
