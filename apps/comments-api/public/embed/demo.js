// Development demo: includes the widget the way a host page would, with the article id and the
// host site's token taken from the query string (?article=…&token=…[&locale=de][&tab=featured][&site=b]).
(function () {
  var q = new URLSearchParams(location.search);
  var s = document.createElement('script');
  s.src = 'embed.js';
  s.setAttribute('data-article-id', q.get('article') || 'demo-article');
  s.setAttribute('data-target', '#comments');
  if (q.get('token')) s.setAttribute('data-token', q.get('token'));
  if (q.get('tab')) s.setAttribute('data-tab', q.get('tab'));
  if (q.get('locale')) s.setAttribute('data-locale', q.get('locale'));
  if (q.get('site')) s.setAttribute('data-site', q.get('site'));
  document.body.appendChild(s);
})();
