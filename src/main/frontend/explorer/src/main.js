// The explorer: one page, four views chosen by the address's fragment: #/ (map, timeline, organizations),
// #/entity/<id>, #/search/<text> and #/review. It reads the graph through the public GraphQL API only.
import { $ } from './dom.js';
import { showEntity } from './entity.js';
import { showOverview } from './overview.js';
import { showReview } from './review.js';
import { showSearch } from './search.js';

const VIEWS = ['overview', 'entity', 'search', 'review'];

function show(view) {
  for (const name of VIEWS) {
    $(`#view-${name}`).hidden = name !== view;
  }
  for (const link of document.querySelectorAll('nav.main a[data-view]')) {
    if (link.dataset.view === view) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  const [view, ...rest] = hash.split('/');
  const argument = rest.join('/');
  if (view === 'entity' && argument) {
    show('entity');
    showEntity(argument);
  } else if (view === 'search') {
    show('search');
    document.title = 'Search — China Tech Graph';
    showSearch(argument);
    $('#search-heading').focus();
  } else if (view === 'review') {
    show('review');
    document.title = 'Review an article — China Tech Graph';
    showReview();
  } else {
    show('overview');
    document.title = 'China Tech Graph';
    showOverview();
  }
}

$('#search').addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = `#/search/${encodeURIComponent($('#search-text').value.trim())}`;
});
window.addEventListener('hashchange', route);
route();
