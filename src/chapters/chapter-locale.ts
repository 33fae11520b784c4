/**
 * Which language a chapter is written in, and its page: chapters in the
 * report's own language sit at the root of content/ ("population" ->
 * "/population/"), those in another language in its folder ("az/population"
 * -> "/az/population/"), as Starlight's locales expect.
 */
export interface ChapterPlace {
  lang: string;
  /** The chapter's id without its language folder: "population", "index". */
  slug: string;
  /** Page path before the base path: "/", "/population/", "/az/", "/az/population/". */
  path: string;
}

/** `languages` are the report's, its own first ("en", "az"). */
export function chapterPlace(id: string, languages: readonly string[]): ChapterPlace {
  // "az/population", and "az" for content/az/index.mdx (Astro drops a final "index" from ids).
  const [first, ...rest] = id.split('/');
  const translated = first !== undefined && languages.slice(1).includes(first) ? first : undefined;
  const lang = translated ?? languages[0]!;
  const slug = translated ? rest.join('/') : id;
  const prefix = translated ? `/${translated}` : '';
  const path = slug === 'index' || slug === '' ? `${prefix}/` : `${prefix}/${slug}/`;
  return { lang, slug, path };
}

/** A language's own path prefix: "" for the report's language, "/az" for another. */
export function langPrefix(lang: string, languages: readonly string[]): string {
  return lang === languages[0] ? '' : `/${lang}`;
}
