/**
 * Task pane entry (taskpane.html): one button that inserts the sample sheet.
 */
import { insertSampleSheet, loadSample, samplePlan } from "./sample.ts";

Office.onReady(() => {
  const button = document.getElementById("insert") as HTMLButtonElement;
  const status = document.getElementById("status") as HTMLElement;
  button.disabled = false;
  button.onclick = async () => {
    button.disabled = true;
    status.className = "";
    status.textContent = "Loading data… 正在加载数据…";
    try {
      const data = await loadSample(new URL("data/", location.href).href, (u) => fetch(u));
      const name = await insertSampleSheet(Excel, samplePlan(data));
      status.textContent = `Inserted "${name}". 已插入“${name}”。`;
    } catch (e) {
      status.className = "error";
      status.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      button.disabled = false;
    }
  };
});
