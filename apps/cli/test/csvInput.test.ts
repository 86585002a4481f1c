/**
 * CSV spellings that used to give a silent wrong number: decimal commas, hex/binary literals,
 * duplicated column names, and UTF-16 files. Each reads right or is refused with one line.
 */
import { describe, expect, it } from "vitest";
import { run, runJson, tmpFile } from "./helpers.ts";

const months = (n: number) =>
  Array.from({ length: n }, (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
const wave = (i: number) => Math.round(Math.sin(i / 5) * 1000) / 100;

describe("CSV numbers", () => {
  it("a ;-separated file with decimal commas reads 2,2 as 2.2 and says so", async () => {
    const plain =
      "date,x\n" +
      months(60)
        .map((m, i) => `${m},${wave(i)}`)
        .join("\n");
    const semi =
      "date;x\n" +
      months(60)
        .map((m, i) => `${m};${String(wave(i)).replace(".", ",")}`)
        .join("\n");
    const a = await runJson("turns", "--file", tmpFile("plain.csv", plain));
    const b = await runJson("turns", "--file", tmpFile("semi-comma.csv", semi));
    expect(b.turns).toEqual(a.turns);
    const t = await run("turns", "--file", tmpFile("semi-comma2.csv", semi));
    expect(t.out + t.err).toMatch(/column "x" read with decimal commas/);
  });

  it("a ;-separated column mixing 2,2 and 3.1 is refused", async () => {
    const r = await run("turns", "--file", tmpFile("mixed.csv", "date;x\n2010-01;2,2\n2010-02;3.1\n"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /mixed\.csv, column "x": the column mixes decimal commas \("2,2"\) and decimal points \("3.1"\)/,
    );
  });

  it("a quoted decimal comma in a comma-separated file is refused, not read as 22", async () => {
    const r = await run("turns", "--file", tmpFile("quoted.csv", 'date,x\n2010-01,"2,2"\n'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/quoted\.csv, row 2, column "x": "2,2" is not a number \(a comma inside a number/);
  });

  it("0x10 and 0b11 are refused, not read as 16 and 3", async () => {
    for (const cell of ["0x10", "0b11"]) {
      const r = await run("turns", "--file", tmpFile(`hex-${cell}.csv`, `date,x\n2010-01,1\n2010-02,${cell}\n`));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        new RegExp(`row 3, column "x": "${cell}" is not a number \\(hexadecimal, binary and octal`),
      );
    }
  });

  it("a header naming two columns alike is refused with --column", async () => {
    const r = await run("turns", "--file", tmpFile("dupcol.csv", "date,x,x\n2010-01,1,2\n"), "--column", "x");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--column "x" names 2 columns \(2, 3\); rename them/);
  });

  it("UTF-16 with a byte-order mark reads as the same table", async () => {
    const text =
      "date,x\n" +
      months(60)
        .map((m, i) => `${m},${wave(i)}`)
        .join("\n");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const a = await runJson("turns", "--file", tmpFile("u8.csv", text));
    const b = await runJson("turns", "--file", tmpFile("u16.csv", le));
    expect(b.turns).toEqual(a.turns);
  });
});
