// The demo's guide page: one page for each reader, chosen by the address (?audience=parents). The
// guide itself warns about an audience it does not know and shows the general guide.
const audience = new URLSearchParams(location.search).get('audience');
if (audience) document.querySelector('cst-guide').setAttribute('audience', audience);
