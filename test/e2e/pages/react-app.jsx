// A React 19 app that drives <plan-chart>: props become properties (results is an array), and it listens to the
// widget's events two ways: a ref + addEventListener, and React 19's own `on<event-name>` props for custom elements.
import {useEffect, useRef, useState} from 'react';
import {createRoot} from 'react-dom/client';

const RESULTS = [{target_id: 'bac-kan-2021-2025:communication.commune_coverage', value: 71, as_of: '2025-12-31'}];

const renderText = (d) => `units=${d.units.join(',')} period=${d.period} lang=${d.lang} targets=${d.targets.length}`;
const selectText = (d) => `${d.target.target_id} status=${d.status}`;

function App() {
  const [unit, setUnit] = useState('bac-kan');
  const [lang, setLang] = useState('vi');
  const [rendered, setRendered] = useState('');
  const [selected, setSelected] = useState('');
  const [renderedByProp, setRenderedByProp] = useState('');
  const [selectedByProp, setSelectedByProp] = useState('');
  const chart = useRef(null);

  useEffect(() => {
    const el = chart.current;
    const onRender = (e) => setRendered(renderText(e.detail));
    const onSelect = (e) => setSelected(selectText(e.detail));
    el.addEventListener('plan-chart-render', onRender);
    el.addEventListener('plan-chart-select', onSelect);
    return () => {
      el.removeEventListener('plan-chart-render', onRender);
      el.removeEventListener('plan-chart-select', onSelect);
    };
  }, []);

  return (
    <main>
      <p>
        <button id="unit" type="button" onClick={() => setUnit('quang-ngai')}>
          Quảng Ngãi
        </button>{' '}
        <button id="lang" type="button" onClick={() => setLang('en')}>
          English
        </button>
      </p>
      <plan-chart
        ref={chart}
        unit={unit}
        lang={lang}
        results={RESULTS}
        onplan-chart-render={(e) => setRenderedByProp(renderText(e.detail))}
        onplan-chart-select={(e) => setSelectedByProp(selectText(e.detail))}
      ></plan-chart>
      <p>
        Render (ref): <output id="render">{rendered}</output>
      </p>
      <p>
        Select (ref): <output id="select">{selected}</output>
      </p>
      <p>
        Render (prop): <output id="render-prop">{renderedByProp}</output>
      </p>
      <p>
        Select (prop): <output id="select-prop">{selectedByProp}</output>
      </p>
    </main>
  );
}

// React sets a prop as a property only if the element already has it, so render once <plan-chart> is defined:
// before that, results would become the attribute "[object Object]".
await customElements.whenDefined('plan-chart');
createRoot(document.getElementById('app')).render(<App />);
