import { defineConfig } from "vitest/config";

// Generous timeouts: CI runs every package's tests at once on two cores.
export default defineConfig({
  test: { testTimeout: 60000, hookTimeout: 60000 },
});
