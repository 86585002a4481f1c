import { defineConfig } from "vitest/config";

export default defineConfig({
  define: { KITCHIN_DATA_BASE: JSON.stringify("https://localhost:3000/data/") },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // The browser test starts Chromium once per file; keep files parallel but give it room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
