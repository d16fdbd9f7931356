// AssemblyScript (not TypeScript; excluded from tsc): element access to the arrays the callers lay out in linear
// memory, shared by lapjv.as.ts and score.as.ts. Inlined, so each module's code is as if written in place.

// @ts-ignore: decorator
@inline export function getF(base: usize, k: i32): f64 {
  return load<f64>(base + ((<usize>k) << 3));
}
// @ts-ignore: decorator
@inline export function setF(base: usize, k: i32, x: f64): void {
  store<f64>(base + ((<usize>k) << 3), x);
}
// @ts-ignore: decorator
@inline export function getI(base: usize, k: i32): i32 {
  return load<i32>(base + ((<usize>k) << 2));
}
// @ts-ignore: decorator
@inline export function setI(base: usize, k: i32, x: i32): void {
  store<i32>(base + ((<usize>k) << 2), x);
}
