// Every view of the seed explorer in the states worth looking at, for the
// accessibility checks (a11y.test.mjs) and the screenshots
// (scripts/screenshots.mjs), so both always cover the same screens.
//
// `id` names the screenshot file, `name` the test; `ready` is a selector that
// shows the view has rendered what it is about; `setup` brings it into the
// state to check; `screenOnly` asks for a picture of the screen rather than
// of the whole page (a sheet fixed to the bottom of a phone's screen).

/** Selects a statement in the reader, which opens its details. */
async function selectStatement(page) {
  await page.locator('mark.hl').nth(2).click();
  await page.locator('.selection .selected-statement').first().waitFor();
}

/** Opens the actor facet's "Show all" (and on a phone the filters first). */
async function showAllActors(page) {
  const filters = page.locator('details.facets');
  if (!(await filters.evaluate((details) => details.open))) await filters.locator('summary').first().click();
  await page.locator('section.facet', { has: page.locator('#facet-actor') }).locator('summary').click();
  await page.locator('details.more[open] a.facet-option').first().waitFor();
}

const READER = '?view=article&article=000_488cd592eccbcacb.txt';

export const VIEW_STATES = [
  { id: 'overview', name: 'overview (matrix)', query: '?view=overview', ready: 'table.matrix' },
  { id: 'actors', name: 'actor list', query: '?view=actor', ready: '.actor-list' },
  { id: 'actors-grouped', name: 'actor list, grouped by institution', query: '?view=actor&group=1', ready: '.actor-groups' },
  { id: 'actor', name: 'actor', query: '?view=actor&actor=jens-stoltenberg', ready: '.statement' },
  {
    id: 'actor-institution',
    name: 'actor with spokespeople included',
    query: '?view=actor&actor=russia&group=1',
    ready: '.statement',
  },
  { id: 'themes', name: 'theme list', query: '?view=theme', ready: '.theme-list' },
  { id: 'theme', name: 'theme', query: '?view=theme&theme=nato-enlargement', ready: '.statement' },
  { id: 'compare-start', name: 'compare, no actors chosen', query: '?view=compare', ready: '.pair-list' },
  { id: 'compare', name: 'compare', query: '?view=compare&a=vladimir-putin&b=jens-stoltenberg', ready: '.compare-row' },
  { id: 'articles', name: 'article list', query: '?view=article', ready: '.article-list' },
  { id: 'reader', name: 'article reader', query: READER, ready: 'mark.hl' },
  {
    id: 'reader-selected',
    name: 'article reader with a statement selected',
    query: READER,
    ready: 'mark.hl',
    setup: selectStatement,
    screenOnly: true,
  },
  { id: 'search-browse', name: 'search, empty query (browse)', query: '?view=search', ready: '.statement' },
  {
    id: 'search-show-all',
    name: 'search with a facet\'s "Show all" open',
    query: '?view=search',
    ready: '.statement',
    setup: showAllActors,
  },
  { id: 'search', name: 'search with a query', query: '?view=search&q=guarantees', ready: 'mark.hit' },
  { id: 'search-facets', name: 'search with facets', query: '?view=search&q=nato&stance=reject', ready: '.active-filters' },
  { id: 'search-empty', name: 'empty result', query: '?view=search&q=zzxqvw', ready: '.empty' },
  {
    id: 'actor-filtered-empty',
    name: 'empty result of filters, with Clear filters',
    query: '?view=actor&actor=jens-stoltenberg&stance=demand',
    ready: '.empty a.button',
  },
  { id: 'actor-not-found', name: 'actor not found', query: '?view=actor&actor=nobody-at-all', ready: '.empty' },
  { id: 'timeline', name: 'timeline', query: '?view=timeline', ready: '.timeline-entry' },
  { id: 'network', name: 'network', query: '?view=network', ready: 'svg.network' },
  { id: 'import', name: 'import', query: '?view=import', ready: '.paste-form' },
];
