// Vite config of the web app. Run from the repository root:
//   vite build --config web/vite.config.ts   (writes web/dist, served by the API server)
//   vite --config web/vite.config.ts         (dev server; /api and /healthz go to the API)
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.MAMORI_API_URL ?? "http://localhost:3000";

// better-auth only accepts requests whose Origin is the server's own BASE_URL, so the dev
// proxy presents the API's origin instead of the Vite dev server's.
const proxy = {
  target: api,
  changeOrigin: true,
  headers: { origin: api },
};

export default defineConfig({
  root,
  plugins: [react()],
  // The web app imports the server's contracts and pure rules as `@src/…` (tsconfig.json paths).
  resolve: { alias: { "@src": fileURLToPath(new URL("../src", import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { "/api": proxy, "/healthz": proxy },
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
