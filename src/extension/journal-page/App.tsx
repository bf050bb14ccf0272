// The journal page: people (most quoted first), a person's statements in time order, full-text
// search, filters, "same quote, several outlets", articles, and the privacy controls. Routes live
// in the hash (#person=<key>, #view=same|articles|privacy) so the back button and links work.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord, PersonRecord, StatementRecord } from '../journal/model.ts';
import type { PersonFilter } from '../journal/store.ts';
import type { JournalStatus, SearchHit } from '../journal/service.ts';
import type { Api } from './api.ts';
import { date, localizer, plural, t } from './i18n.ts';

export type Route = { view: 'people' } | { view: 'person'; key: string } | { view: 'same' } | { view: 'articles' } | { view: 'privacy' };

export function parseRoute(hash: string): Route {
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const person = h.get('person');
  if (person) return { view: 'person', key: person };
  const v = h.get('view');
  if (v === 'same' || v === 'articles' || v === 'privacy') return { view: v };
  return { view: 'people' };
}

export const personHref = (key: string) => `#person=${encodeURIComponent(key)}`;

const hasDay = (published: string | null): published is string => !!published && /^\d{4}-\d{2}-\d{2}/.test(published);
/** The file name's date (not shown as text): the UTC day, YYYY-MM-DD. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "3 quotes · 1 reported · 2 outlets · 2 articles" in the page's language. */
const personCounts = (d: number, r: number, o: number, a: number) =>
  [plural('journalQuotes', d), plural('journalReported', r), plural('journalOutlets', o), plural('journalArticles', a)].join(' · ');
const KIND_KEY = { direct: 'journalKindDirect', partial: 'journalKindPartial', mixed: 'journalKindDirect', indirect: 'journalKindIndirect' } as const;

interface Filters { from: string; to: string; outlet: string; lang: string }
const NO_FILTERS: Filters = { from: '', to: '', outlet: '', lang: '' };

function toFilter(f: Filters): PersonFilter {
  const out: PersonFilter = {};
  if (f.from) out.from = Date.parse(`${f.from}T00:00:00Z`);
  if (f.to) out.to = Date.parse(`${f.to}T23:59:59.999Z`);
  if (f.outlet) out.outlet = f.outlet;
  if (f.lang) out.lang = f.lang;
  return out;
}

export function App({ api, initialTheme }: { api: Api; initialTheme: 'light' | 'dark' }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [status, setStatus] = useState<JournalStatus | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState('');
  const [theme, setTheme] = useState(initialTheme);
  const [version, setVersion] = useState(0); // bumped after every change to the journal
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const on = () => {
      setRoute(parseRoute(location.hash));
      queueMicrotask(() => heading.current?.focus());
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  const [shown, setShown] = useState(false); // the first view is on screen
  // The counts and facets come after the first view, then the search index is built in the
  // background's spare time, before the reader types.
  useEffect(() => { if (shown) void api({ type: 'journalStatus' } as never).then((s) => setStatus(s as JournalStatus)); }, [version, shown]);
  useEffect(() => {
    if (route.view !== 'people' && route.view !== 'person') setShown(true);
    const timer = setTimeout(() => setShown(true), 1000);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => { if (shown) setTimeout(() => void api({ type: 'journalWarmSearch' } as never).catch(() => {}), 200); }, [shown]);

  const changed = useCallback((msg: string) => {
    setNotice(msg);
    setVersion((v) => v + 1);
  }, []);

  const filter = toFilter(filters);
  const filtered = Object.keys(filter).length > 0;
  const nav = (id: Route['view'], label: string, href: string) => (
    <li><a href={href} aria-current={route.view === id || (id === 'people' && route.view === 'person') ? 'page' : undefined} data-testid={`nav-${id}`}>{label}</a></li>
  );

  return (
    <div class="journal" data-ready={status ? 'true' : 'false'}>
      <header class="top">
        <div class="brand-row">
          <h1 class="brand"><span class="brand-mark" aria-hidden="true" />{t('journalTitle')}</h1>
          <button type="button" class="icon-button" data-testid="theme-toggle" aria-label={theme === 'dark' ? t('themeToLight') : t('themeToDark')}
            onClick={() => { const next = theme === 'dark' ? 'light' : 'dark'; setTheme(next); try { localStorage.setItem('sl-journal-theme', next); } catch { /* private storage off */ } }}>
            <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
          </button>
        </div>
        <p class="tagline">{t('journalTagline')}</p>
        {status && (
          <p class="counts" data-testid="counts">
            {[plural('journalArticles', status.counts.articles), plural('journalStatements', status.counts.statements), plural('journalSources', status.counts.people),
              ...(status.settings.paused ? [t('journalPaused')] : [])].join(' · ')}
          </p>
        )}
        {status?.quota && <p class="alert" role="alert" data-testid="quota">{t('journalQuota')}</p>}
        <nav aria-label={t('journalNavLabel')}>
          <ul class="nav">
            {nav('people', t('journalNavPeople'), '#')}
            {nav('same', t('journalNavSame'), '#view=same')}
            {nav('articles', t('journalNavArticles'), '#view=articles')}
            {nav('privacy', t('journalPrivacy'), '#view=privacy')}
          </ul>
        </nav>
      </header>

      {(route.view === 'people' || route.view === 'person') && (
        <section class="tools" aria-label={t('journalFilters')}>
          <div class="search">
            <label for="q">{t('journalSearch')}</label>
            <input id="q" type="search" data-testid="search" placeholder={t('journalSearchPlaceholder')} value={query}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)} autocomplete="off" />
          </div>
          <div class="filters">
            <label>{t('journalFrom')}<input type="date" data-testid="filter-from" value={filters.from} onInput={(e) => setFilters({ ...filters, from: (e.target as HTMLInputElement).value })} /></label>
            <label>{t('journalTo')}<input type="date" data-testid="filter-to" value={filters.to} onInput={(e) => setFilters({ ...filters, to: (e.target as HTMLInputElement).value })} /></label>
            <label>{t('journalOutlet')}
              <select data-testid="filter-outlet" value={filters.outlet} onChange={(e) => setFilters({ ...filters, outlet: (e.target as HTMLSelectElement).value })}>
                <option value="">{t('journalAny')}</option>
                {status?.facets.outlets.map((o) => <option value={o} key={o}>{o}</option>)}
              </select>
            </label>
            <label>{t('journalLanguage')}
              <select data-testid="filter-lang" value={filters.lang} onChange={(e) => setFilters({ ...filters, lang: (e.target as HTMLSelectElement).value })}>
                <option value="">{t('journalAny')}</option>
                {status?.facets.langs.map((code) => <option value={code} key={code}>{localizer().languageName(code) ?? code}</option>)}
              </select>
            </label>
            {filtered && <button type="button" class="link-button" onClick={() => setFilters(NO_FILTERS)}>{t('journalClearFilters')}</button>}
          </div>
        </section>
      )}

      <main class="main">
        {query.trim() && (route.view === 'people' || route.view === 'person')
          ? <SearchResults api={api} query={query.trim()} filter={filter} version={version} headingRef={heading} onClear={() => setQuery('')} />
          : route.view === 'people' ? <People api={api} filter={filter} filtered={filtered} version={version} headingRef={heading} onShown={() => setShown(true)} />
          : route.view === 'person' ? <Person api={api} personKey={route.key} filter={filter} version={version} headingRef={heading} onShown={() => setShown(true)} />
          : route.view === 'same' ? <SameQuotes api={api} version={version} headingRef={heading} />
          : route.view === 'articles' ? <Articles api={api} version={version} headingRef={heading} onChanged={changed} />
          : <Privacy api={api} status={status} headingRef={heading} onChanged={changed} />}
      </main>
      <p class="notice" role="status" aria-live="polite" data-testid="notice">{notice}</p>
    </div>
  );
}

type Ref = { current: HTMLHeadingElement | null };
const FIRST_PEOPLE = 50;

function useLoad<T>(load: () => Promise<T>, deps: unknown[]): T | null {
  const [v, setV] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((x) => { if (live) setV(x); });
    return () => { live = false; };
  }, deps);
  return v;
}

function PersonLine({ p }: { p: PersonRecord }) {
  const outlets = Object.keys(p.outlets);
  return (
    <li class="person" data-testid="person">
      <a href={personHref(p.key)} class="person-name">{p.name}</a>
      {p.leader && <span class="badge leader">{t('journalLeader')}</span>}
      {(p.role || p.country) && <span class="role"> {[p.role, p.country].filter(Boolean).join(' · ')}</span>}
      <div class="person-counts">{personCounts(p.direct, p.reported, outlets.length, p.articles)}</div>
      <div class="outlets">{outlets.slice(0, 6).join(' · ')}{outlets.length > 6 ? ' …' : ''}</div>
    </li>
  );
}

function People({ api, filter, filtered, version, headingRef, onShown }: { api: Api; filter: PersonFilter; filtered: boolean; version: number; headingRef: Ref; onShown(): void }) {
  const people = useLoad(() => api({ type: 'journalPeople', filter }) as Promise<PersonRecord[]>, [JSON.stringify(filter), version]);
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (!people) return;
    document.documentElement.dataset.slFirstView = String(Math.round(performance.now()));
    onShown();
  }, [people !== null]);
  return (
    <section aria-labelledby="h-main">
      <h2 id="h-main" tabIndex={-1} ref={headingRef}>{t('journalPeopleHeading')}</h2>
      {people === null ? null : people.length === 0
        ? <p class="none" data-testid="empty">{filtered ? t('journalNoMatch') : t('journalNoPeople')}</p>
        : (
          <>
            <ol class="people" data-testid="people">{(all ? people : people.slice(0, FIRST_PEOPLE)).map((p) => <PersonLine p={p} key={p.key} />)}</ol>
            {!all && people.length > FIRST_PEOPLE && <button type="button" class="link-button" onClick={() => setAll(true)}>{t('journalShowAll', people.length)}</button>}
          </>
        )}
    </section>
  );
}

function Statement({ s, showName }: { s: StatementRecord; showName?: boolean }) {
  // Direct quotes carry their own marks in the text; add them only where the words have none.
  const text = s.kind === 'direct' && !/["“”„«»「『]/.test(s.text) ? `“${s.text}”` : s.text;
  return (
    <li class={`statement ${s.kind}`} data-testid="statement">
      {showName && (s.person ? <a href={personHref(s.person)} class="who">{s.name}</a> : <span class="who">{s.name}</span>)}
      <blockquote class="words">{text}</blockquote>
      <div class="where">
        <span class="kind">{t(KIND_KEY[s.kind])}</span>
        {s.cue && <span> · {s.cue}</span>}
        <span> · {s.outlet}</span>
        <span> · {hasDay(s.published) ? date(s.published) : `${t('journalDateUnknown')}, ${t('journalReadOn', date(s.readAt))}`}</span>
        <span> · <a href={s.url} target="_blank" rel="noopener noreferrer">{t('journalOpenArticle')}</a></span>
      </div>
    </li>
  );
}

function Person({ api, personKey, filter, version, headingRef, onShown }: { api: Api; personKey: string; filter: PersonFilter; version: number; headingRef: Ref; onShown(): void }) {
  const got = useLoad(() => api({ type: 'journalPerson', key: personKey, filter }) as Promise<{ person: PersonRecord | undefined; statements: StatementRecord[] }>, [personKey, JSON.stringify(filter), version]);
  useEffect(() => { if (got) onShown(); }, [got !== null]);
  const p = got?.person;
  return (
    <section aria-labelledby="h-main" data-testid="person-page">
      <p><a href="#" class="back">{t('journalBack')}</a></p>
      <h2 id="h-main" tabIndex={-1} ref={headingRef}>{p?.name ?? (got ? t('journalNoMatch') : '')}</h2>
      {p && (
        <p class="person-meta">
          {p.leader && <span class="badge leader">{t('journalLeader')}</span>} {[p.role, p.country].filter(Boolean).join(' · ')}
          <span class="person-counts"> {personCounts(p.direct, p.reported, Object.keys(p.outlets).length, p.articles)}</span>
        </p>
      )}
      {got && (
        <>
          <h3>{t('journalStatementsHeading')}</h3>
          {got.statements.length ? <ol class="statements">{got.statements.map((s) => <Statement s={s} key={s.id} />)}</ol> : <p class="none">{t('journalNoMatch')}</p>}
        </>
      )}
    </section>
  );
}

function SearchResults({ api, query, filter, version, headingRef, onClear }: { api: Api; query: string; filter: PersonFilter; version: number; headingRef: Ref; onClear(): void }) {
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void (api({ type: 'journalSearch', query, filter }) as Promise<SearchHit[]>).then((h) => { if (live) setHits(h); });
    }, 120);
    return () => { live = false; clearTimeout(timer); };
  }, [query, JSON.stringify(filter), version]);
  return (
    <section aria-labelledby="h-main" data-testid="search-results">
      <h2 id="h-main" tabIndex={-1} ref={headingRef} aria-live="polite">{hits ? plural('journalSearchResults', hits.length, query) : t('journalSearching')}</h2>
      <button type="button" class="link-button" onClick={onClear}>{t('journalClearSearch')}</button>
      {hits && <ol class="statements">{hits.map((h) => <Statement s={h.statement} key={h.statement.id} showName />)}</ol>}
    </section>
  );
}

function SameQuotes({ api, version, headingRef }: { api: Api; version: number; headingRef: Ref }) {
  const groups = useLoad(() => api({ type: 'journalSameQuotes' } as never) as Promise<{ key: string; words: string; outlets: string[]; statements: StatementRecord[] }[]>, [version]);
  return (
    <section aria-labelledby="h-main">
      <h2 id="h-main" tabIndex={-1} ref={headingRef}>{t('journalSameHeading')}</h2>
      <p class="hint">{t('journalSameIntro')}</p>
      {groups && (groups.length === 0 ? <p class="none">{t('journalNoSame')}</p> : (
        <ol class="groups" data-testid="same-quotes">
          {groups.map((g) => (
            <li class="group" key={g.key}>
              <blockquote class="words">“{g.statements[0]?.text.replace(/^["“”„«»]|["“”„«»]$/g, '') ?? g.words}”</blockquote>
              <p class="where">{plural('journalCarriedBy', g.outlets.length)}: {localizer().list(g.outlets)}</p>
              <ol class="statements">{g.statements.map((s) => <Statement s={s} key={s.id} showName />)}</ol>
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}

function Articles({ api, version, headingRef, onChanged }: { api: Api; version: number; headingRef: Ref; onChanged(msg: string): void }) {
  const articles = useLoad(() => api({ type: 'journalArticles' } as never) as Promise<ArticleRecord[]>, [version]);
  return (
    <section aria-labelledby="h-main">
      <h2 id="h-main" tabIndex={-1} ref={headingRef}>{t('journalArticlesHeading')}</h2>
      {articles && (articles.length === 0 ? <p class="none">{t('journalNoArticles')}</p> : (
        <ol class="articles" data-testid="articles">
          {articles.map((a) => (
            <li class="article" key={a.url} data-testid="article">
              <a href={a.url} target="_blank" rel="noopener noreferrer" class="article-title">{a.title || a.url}</a>
              <div class="where">
                {[a.outlet, hasDay(a.published) ? date(a.published) : t('journalDateUnknown'), t('journalReadOn', date(a.readAt)), plural('journalStatements', a.statements),
                  ...(a.lang ? [localizer().languageName(a.lang) ?? a.lang] : [])].join(' · ')}
              </div>
              <div class="row-actions">
                <button type="button" data-testid="forget-article" aria-label={t('journalForgetArticleLabel', a.title || a.url)}
                  onClick={() => void api({ type: 'journalForgetArticle', url: a.url }).then(() => onChanged(t('journalForgotArticle')))}>{t('journalForgetArticle')}</button>
                <button type="button" data-testid="forget-article-site"
                  onClick={() => void api({ type: 'journalForgetSite', site: a.site }).then((n) => onChanged(plural('journalForgotSite', n as number, a.site)))}>{t('journalForgetThisSite', a.site)}</button>
              </div>
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}

function Privacy({ api, status, headingRef, onChanged }: { api: Api; status: JournalStatus | null; headingRef: Ref; onChanged(msg: string): void }) {
  const [days, setDays] = useState('');
  const [site, setSite] = useState('');
  const [confirming, setConfirming] = useState(false);
  const retention = status?.settings.retentionDays ?? 90;
  const download = async () => {
    const json = (await api({ type: 'journalExport' } as never)) as string;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `sourcelight-journal-${isoDay(Date.now())}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    onChanged(t('journalExported'));
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const r = (await api({ type: 'journalImport', json: await file.text() })) as { ok: true; imported: number } | { ok: false; message: string };
    onChanged(r.ok ? plural('journalImported', r.imported) : t('journalImportRefused', r.message));
  };
  return (
    <section aria-labelledby="h-main" class="privacy">
      <h2 id="h-main" tabIndex={-1} ref={headingRef}>{t('journalPrivacy')}</h2>
      <p class="hint">{t('journalPrivacyIntro')}</p>

      <div class="control">
        <label class="switch">
          <input type="checkbox" data-testid="pause" checked={!!status?.settings.paused}
            onChange={(e) => void api({ type: 'journalSetSettings', patch: { paused: (e.target as HTMLInputElement).checked } })
              .then((s) => onChanged((s as { paused: boolean }).paused ? t('journalPaused') : t('journalRecording')))} />
          {t('journalPause')}
        </label>
        <p class="hint">{t('journalPauseHint')}</p>
      </div>

      <form class="control" onSubmit={(e) => {
        e.preventDefault();
        const d = Number(days || retention);
        void api({ type: 'journalSetSettings', patch: { retentionDays: d } }).then((s) => onChanged(plural('journalRetentionSaved', (s as { retentionDays: number }).retentionDays)));
      }}>
        <label for="days">{t('journalRetention')}</label>
        <input id="days" type="number" min={1} max={36500} data-testid="retention" value={days || String(retention)} onInput={(e) => setDays((e.target as HTMLInputElement).value)} />
        <button type="submit">{t('journalSave')}</button>
      </form>

      <form class="control" onSubmit={(e) => {
        e.preventDefault();
        const s = site.trim().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
        if (s) void api({ type: 'journalForgetSite', site: s }).then((n) => { setSite(''); onChanged(plural('journalForgotSite', n as number, s)); });
      }}>
        <label for="site">{t('journalForgetSite')}</label>
        <input id="site" type="text" data-testid="forget-site-input" placeholder={t('journalForgetSiteHint')} value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
        <button type="submit" data-testid="forget-site">{t('journalForgetSiteButton')}</button>
      </form>

      <div class="control">
        <button type="button" data-testid="export" onClick={() => void download()}>{t('journalExport')}</button>
        <label class="file">{t('journalImportLabel')}
          <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => { const i = e.target as HTMLInputElement; void importFile(i.files?.[0]).then(() => { i.value = ''; }); }} />
        </label>
      </div>

      <div class="control danger">
        {!confirming
          ? <button type="button" class="danger" data-testid="erase" onClick={() => setConfirming(true)}>{t('journalErase')}</button>
          : (
            <div role="group" aria-label={t('journalEraseQuestion')}>
              <p>{t('journalEraseQuestion')}</p>
              <button type="button" class="danger" data-testid="erase-confirm" autoFocus
                onClick={() => void api({ type: 'journalErase' } as never).then(() => { setConfirming(false); onChanged(t('journalErased')); })}>{t('journalEraseConfirm')}</button>
              <button type="button" onClick={() => setConfirming(false)}>{t('journalCancel')}</button>
            </div>
          )}
      </div>
    </section>
  );
}
