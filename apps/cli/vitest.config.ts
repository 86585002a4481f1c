import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests never see the user's real ~/.kitchin: an empty data folder of their own.
  test: {
    testTimeout: 60000,
    hookTimeout: 60000,
    env: { KITCHIN_HOME: mkdtempSync(join(tmpdir(), "kitchin-test-home-")) },
  },
});
