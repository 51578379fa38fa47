// A React 19 host: every widget, list properties as arrays, other properties from state, a
// widget's event fed back into its own property, and the language switched.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { setLocale } from 'cst-widgets';
// The widgets not written out below, from src/widgets.json (see build.mjs).
import widgets from './widgets.js';

function App() {
  const [audience, setAudience] = useState('parents');
  const [categories, setCategories] = useState(['money', 'online']);
  const [heard, setHeard] = useState('');
  return (
    <>
      <cst-quick-exit position="inline" oncst-exit={(event) => event.preventDefault()} />
      <cst-hotline-banner audience={audience} dismissible />
      <cst-red-flags
        audience={audience}
        categories={categories}
        heading-level="2"
        oncst-filter-change={(event) => {
          setHeard(event.detail.categories.join(' '));
          setCategories(event.detail.categories.length ? event.detail.categories : ['money', 'online']);
        }}
      />
      <cst-trafficking-types types={['familial', 'buyer-perpetrated']} no-intro />
      <cst-trafficking-type type="gang-controlled" heading-level="3" />
      <cst-do-dont audience={audience} />
      {widgets.map(({ tag: Widget, attributes }) => (
        <Widget key={Widget} {...attributes} {...('audience' in attributes && { audience })} />
      ))}
      <p>
        <output id="heard">{heard}</output>
        <button id="audience" type="button" onClick={() => setAudience('professionals')}>Professionals</button>
        <button id="spanish" type="button" onClick={() => setLocale('es')}>Español</button>
      </p>
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
