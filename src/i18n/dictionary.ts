/**
 * What a dictionary is: a text for every key of the English one. A language
 * that leaves a key out, or adds one English lacks, is a type error (and
 * tests/i18n/dictionaries.test.ts says which key).
 */
import type { en } from './en.ts';

/** A text's key: "figure.label", "data.title"… */
export type TextKey = keyof typeof en;

export type Dictionary = { readonly [Key in TextKey]: string };

/** The names a text takes in braces, read from its English value: "Figure {number}" takes "number". */
type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** What t() needs besides the key: nothing, or a value for each name in braces. */
export type TextValues<Key extends TextKey> = [Placeholders<(typeof en)[Key]>] extends [never]
  ? []
  : [values: { readonly [Name in Placeholders<(typeof en)[Key]>]: string | number }];
