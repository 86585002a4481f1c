/**
 * The sentence every face with a headline adds about its assets: which are monthly
 * averages (smoothed returns: Sharpe ratios and drawdowns look better than month-end closes would
 * give) and which are continuous futures with roll gaps (not holding returns). docs/backtest.md,
 * "Smoothed prices and roll gaps", measures the effect.
 */
import type { Lang } from "@kitchin/core";
import { displayName, priceCaveats } from "@kitchin/datasets";

export function priceCaveatText(assets: readonly string[], lang: Lang): string {
  const c = priceCaveats(assets);
  const zh = lang === "zh";
  const names = (ids: string[]) => ids.map((id) => `${displayName(id, lang)} (${id})`).join(zh ? "、" : ", ");
  const parts: string[] = [];
  if (c.smoothed.length) {
    parts.push(
      zh
        ? `${names(c.smoothed)} 为月均价格（或由月均收益率构建），收益被平滑，夏普比率和回撤好于月末收盘价所示`
        : `${names(c.smoothed)} ${c.smoothed.length === 1 ? "is a monthly average" : "are monthly averages"} (or built from them): smoothed returns that flatter Sharpe ratios and drawdowns against month-end closes`,
    );
  }
  if (c.rollGapped.length) {
    const shown =
      c.rollGapped.length > 6
        ? `${names(c.rollGapped.slice(0, 6))}${zh ? " 等 " : " and "}${c.rollGapped.length - 6}${zh ? " 个" : " more"}`
        : names(c.rollGapped);
    parts.push(
      zh
        ? `${shown} 为主力连续合约，换月跳空计入月度涨跌，并非持有收益`
        : `${shown} ${c.rollGapped.length === 1 ? "is a continuous futures series" : "are continuous futures series"} with roll gaps in their monthly changes, not holding returns`,
    );
  }
  if (!parts.length) return "";
  return zh ? `资产说明：${parts.join("；")}。` : ` Among its assets, ${parts.join("; ")}.`;
}
