const t0 = performance.now();
const [vl, vega] = await Promise.all([import(process.argv[2]), import(process.argv[3])]);
console.log(Math.round(performance.now() - t0), "ms", typeof vl.compile, typeof vega.View);
