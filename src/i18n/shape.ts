/**
 * The shape a second locale must fill: every key of the zh-CN source, any string as value.
 * Extra keys are allowed because plural forms differ between languages (en has `_one`, zh does not).
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & Record<string, unknown>;
